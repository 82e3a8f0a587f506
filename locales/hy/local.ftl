# Տեղական մանրամասներ՝ շրջանների և քաղաքների քաղաքականություններ, կալանքի վայրեր, իրավաբանական օգնություն։

## Շրջանների և քաղաքների քաղաքականություններ

local-policy-as-of = { $date } դրությամբ, ըստ աղբյուրի ({ $who })՝ { $policy }
local-policy-undated = Ըստ աղբյուրի ({ $who }, ամսաթիվ նշված չէ)՝ { $policy }
local-policy-reminder = Տեղական քաղաքականությունները դաշնային գործակալներին չեն պարտավորեցնում։
local-policy-none-found = Հետազոտությունն այստեղ նահանգային օրենքից բացի որևէ տեղական քաղաքականություն չի գտել։
local-policy-hidden-low = Ցածր վստահելիությամբ հաղորդումներ, որոնք այստեղ ցույց չեն տրված՝ { $count }։
reported-by-official-records = պաշտոնական փաստաթղթեր
reported-by-news-reports = լրատվական հաղորդումներ
reported-by-the-sheriff = շերիֆի գրասենյակ
reported-by-advocates = իրավապաշտպան խմբեր
reported-by-one-secondary-source = մեկ երկրորդական աղբյուր
policy-category-limits-beyond-state-law = Սահմանափակում է ICE-ին աջակցությունը նահանգային օրենքից ավելի
policy-category-follows-state-law = Հետևում է միայն նահանգային օրենքին
policy-category-helps-ice-within-state-law = Օգնում է ICE-ին այնքանով, որքանով թույլ է տալիս նահանգային օրենքը
policy-category-publishes-release-dates = Հրապարակում է ազատ արձակման ամսաթվերը
policy-category-opposes-state-law = Դեմ է նահանգի սահմանափակումներին
policy-category-no-local-policy-found = Տեղական քաղաքականություն չի գտնվել
policy-status-in-force = գործում է
policy-status-challenged = գործում է, բայց վիճարկվում է դատարանում
policy-status-adopted-not-final = ընդունվել է, բայց վերջնական չէ
policy-status-repealed = չեղարկվել է
policy-status-ended = դադարեցվել է
policy-status-symbolic = հայտարարություն է, պարտադիր ուժ չունի
policy-status-unconfirmed = հաղորդվել է, բայց հաստատված չէ

## Կալանքի վայրեր

facility-kind-processing-center = ICE-ի ձևակերպման կենտրոն (processing center)
facility-kind-detention-center = կալանքի կենտրոն
facility-kind-annex = այլ հաստատության լրացուցիչ շենք
facility-kind-county-jail = շրջանային բանտ
facility-kind-city-jail = քաղաքային բանտ
facility-status-operating = մարդկանց պահում է ICE-ի համար
facility-status-closed = այլևս մարդկանց չի պահում ICE-ի համար
facility-status-uncertain = հայտնի չէ, թե արդյոք այժմ մարդկանց պահում է ICE-ի համար
detention-notice = Մարդկանց հաճախ տեղափոխում են։ ICE-ի կողմից պահվող մարդուն գտնելու համար օգտվեք ICE-ի կալանավորների առցանց որոնիչից (Online Detainee Locator) կամ զանգահարեք կալանքի վերաբերյալ տեղեկատվական գիծ։

## Իրավաբանական օգնություն

service-legal-aid = իմիգրացիոն իրավաբանական օգնություն
service-deportation-defense = արտաքսումից պաշտպանություն
service-rapid-response = արագ արձագանք
service-lawyer-referral = ուղղորդում փաստաբանների մոտ
service-detention-support = օգնություն կալանքում գտնվողներին
service-children = օգնություն երեխաներին
service-victims = օգնություն հանցագործության կամ բռնության ենթարկվածներին
cost-free = անվճար
cost-low-cost = ցածր գին
cost-unknown = գինը նշված չէ
caution-third-party-parse = Վերցված է պետական ցանկի՝ ուրիշի արած պատճենից, և չի ստուգվել բուն ցանկի հետ։
caution-single-source = Այն նշված է միայն մեկ աղբյուրում։
caution-recognition-renewal-pending = Մեր օգտագործած պետական ցանկում իմիգրացիոն իրավաբանական օգնություն տալու համար ԱՄՆ Արդարադատության նախարարության (U.S. Justice Department) ճանաչումը հասել էր կամ մոտենում էր իր ավարտի ամսաթվին, և դրա երկարաձգումը դեռ սպասման մեջ էր։
caution-two-numbers = Երկու աղբյուր տալիս են երկու տարբեր համար։ Ցույց են տրված երկուսն էլ։
caution-area-code-mismatch = Հեռախոսի տարածքային կոդը քաղաքինը չէ։
caution-government-office = Պետական գրասենյակ է, ոչ թե շահույթ չհետապնդող կազմակերպություն։
caution-merged-offices = Աղբյուրը խառնել է երկու գրասենյակ՝ հասցեն կամ հեռախոսը կարող է մյուս գրասենյակինը լինել։
caution-referral-only = Մարդկանց ուղղորդում է փաստաբանների մոտ՝ ուղղակի իրավաբանական օգնություն չի տալիս, և առանց ժամադրության չեն ընդունում։
caution-limited-eligibility = Օգնում է միայն որոշ մարդկանց՝ կարդացեք, թե ում է սպասարկում։
caution-no-phone-found = Դրա հեռախոսահամարը չի գտնվել։

## Նշումներ գծերի մասին, որոնք մարդը պետք է կարդա զանգահարելուց առաջ

hotline-ice-la-field-office-note = Վարում է ICE-ը։ Զանգահարեք, եթե ICE-ի կալանավորների առցանց որոնիչը (Online Detainee Locator) չի գտնում մարդուն, և ձերբակալումը տեղի է ունեցել հետևյալ շրջաններից մեկում՝ Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara կամ San Luis Obispo County։
hotline-orr-note = Ծնողի կամ խնամակալի համար, ով փնտրում է 18 տարեկանից փոքր երեխայի, որին պահում է Office of Refugee Resettlement-ը (ԱՄՆ փախստականների վերաբնակեցման գրասենյակ)։ Պետական գրասենյակ է, ոչ թե իրավապաշտպան։
hotline-ct-statewide-note = Եթե դուք օրինական իմիգրացիոն կարգավիճակ չունեք, աղբյուրն ասում է՝ դիմել ուղղակիորեն New Haven Legal Assistance-ին, ոչ թե այս գծի միջոցով։ Այն ասում է, որ այդ գրասենյակն իմիգրացիոն կարգավիճակի մասին չի հայտնում ոստիկանությանը կամ որևէ այլ մարմնի։ Մենք չգտանք դրա սեփական հեռախոսահամարը։ Դրա կայքէջն այս գծի առաջին աղբյուրն է։
