# Місцеві подробиці: правила округів і міст, заклади утримання, юридична допомога.

## Правила округів і міст

local-policy-as-of = Станом на { $date } (джерело: { $who }): { $policy }
local-policy-undated = Джерело: { $who } (дату не вказано): { $policy }
local-policy-reminder = Місцеві правила не зобов'язують федеральних агентів.
local-policy-none-found = Дослідження не виявило тут жодних місцевих правил, крім законів штату.
local-policy-hidden-low = Повідомлення з низькою достовірністю, які тут не показано: { $count }.
reported-by-official-records = офіційні документи
reported-by-news-reports = повідомлення ЗМІ
reported-by-the-sheriff = офіс шерифа
reported-by-advocates = правозахисні групи
reported-by-one-secondary-source = одне вторинне джерело
policy-category-limits-beyond-state-law = Обмежує допомогу ICE більше, ніж закон штату
policy-category-follows-state-law = Лише виконує закон штату
policy-category-helps-ice-within-state-law = Допомагає ICE настільки, наскільки дозволяє закон штату
policy-category-publishes-release-dates = Публікує дати звільнення
policy-category-opposes-state-law = Виступає проти обмежень, установлених штатом
policy-category-no-local-policy-found = Місцевих правил не знайдено
policy-status-in-force = діє
policy-status-challenged = діє, але оскаржується в суді
policy-status-adopted-not-final = ухвалено, але не остаточно
policy-status-repealed = скасовано
policy-status-ended = припинено
policy-status-symbolic = заява без обов'язкової сили
policy-status-unconfirmed = є повідомлення, але не підтверджено

## Заклади утримання

facility-kind-processing-center = центр обробки ICE
facility-kind-detention-center = центр утримання
facility-kind-annex = додатковий корпус іншого закладу
facility-kind-county-jail = окружна в'язниця
facility-kind-city-jail = міська в'язниця
facility-status-operating = утримує людей для ICE
facility-status-closed = більше не утримує людей для ICE
facility-status-uncertain = невідомо, чи утримує зараз людей для ICE
detention-notice = Людей часто переводять. Щоб знайти людину, яку утримує ICE, скористайтеся онлайн-пошуком затриманих ICE (Online Detainee Locator) або зателефонуйте на інформаційну лінію щодо утримання під вартою.

## Юридична допомога

service-legal-aid = імміграційна юридична допомога
service-deportation-defense = захист від депортації
service-rapid-response = допомога швидкого реагування
service-lawyer-referral = направлення до адвокатів
service-detention-support = допомога людям, яких утримують під вартою
service-children = допомога дітям
service-victims = допомога постраждалим від злочинів чи насильства
cost-free = безкоштовно
cost-low-cost = недорого
cost-unknown = вартість не вказано
caution-third-party-parse = Із чужої копії державного списку; не звірено з самим списком.
caution-single-source = Це наводить лише одне джерело.
caution-recognition-renewal-pending = У державному списку, яким ми користувалися, строк її визнання Міністерством юстиції США (U.S. Justice Department) для надання імміграційної юридичної допомоги закінчувався або майже закінчився, а продовження ще очікувало рішення.
caution-two-numbers = Два джерела дають два різні номери. Показано обидва.
caution-area-code-mismatch = Телефонний код не відповідає місту.
caution-government-office = Державна установа, а не неприбуткова організація.
caution-merged-offices = Джерело сплутало два офіси; адреса чи телефон можуть належати іншому офісу.
caution-referral-only = Направляє людей до адвокатів: прямої юридичної допомоги не надає і без запису не приймає.
caution-limited-eligibility = Допомагає лише деяким людям: прочитайте, кого тут обслуговують.
caution-no-phone-found = Номера телефону не знайдено.

## Примітки до ліній, які людина має прочитати перед дзвінком

hotline-ice-la-field-office-note = Лінію веде ICE. Телефонуйте, якщо онлайн-пошук затриманих ICE не знаходить людину, а арешт відбувся в окрузі Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara або San Luis Obispo.
hotline-orr-note = Для батьків чи опікунів, які шукають дитину до 18 років, яку утримує Office of Refugee Resettlement (федеральне Управління з питань переселення біженців). Це державна установа, а не правозахисна організація.
hotline-ct-statewide-note = Якщо у вас немає законного імміграційного статусу, джерело радить звертатися до New Haven Legal Assistance безпосередньо, а не через цю лінію; за його словами, цей офіс не повідомляє про імміграційний статус ні поліцію, ні будь-які інші органи. Ми не знайшли власного номера телефону цього офісу; його вебсторінка — перше з джерел цієї лінії.
