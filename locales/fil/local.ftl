# Local depth: county and city policies, detention facilities, legal help.

## County and city policies

local-policy-as-of = Noong { $date }, ayon sa { $who }: { $policy }
local-policy-undated = Ayon sa { $who } (walang nakasaad na petsa): { $policy }
local-policy-reminder = Hindi kailangang sundin ng mga pederal na ahente ang mga lokal na patakaran.
local-policy-none-found = Walang nakitang lokal na patakaran dito ang pananaliksik bukod sa batas ng estado.
local-policy-hidden-low = Mga ulat na mababa ang kumpiyansa na hindi isinama rito: { $count }.
reported-by-official-records = mga opisyal na record
reported-by-news-reports = mga balita
reported-by-the-sheriff = tanggapan ng sheriff
reported-by-advocates = mga advocacy group (mga grupong nagtataguyod ng karapatan ng imigrante)
reported-by-one-secondary-source = iisang di-tuwirang pinagmulan
policy-category-limits-beyond-state-law = Mas nililimitahan ang pagtulong sa ICE kaysa sa hinihingi ng batas ng estado
policy-category-follows-state-law = Batas ng estado lamang ang sinusunod
policy-category-helps-ice-within-state-law = Tumutulong sa ICE hangga't pinapayagan ng batas ng estado
policy-category-publishes-release-dates = Inilalathala ang mga petsa ng paglaya
policy-category-opposes-state-law = Tumututol sa mga limitasyon ng estado
policy-category-no-local-policy-found = Walang nakitang lokal na patakaran
policy-status-in-force = may bisa
policy-status-challenged = may bisa, pero kinukuwestiyon sa korte
policy-status-adopted-not-final = pinagtibay, pero hindi pa pinal
policy-status-repealed = pinawalang-bisa
policy-status-ended = natapos na
policy-status-symbolic = isang pahayag, hindi obligatoryo
policy-status-unconfirmed = iniulat, hindi kumpirmado

## Detention facilities

facility-kind-processing-center = processing center ng ICE
facility-kind-detention-center = detention center (sentro ng detensyon)
facility-kind-annex = karagdagang gusali (annex) ng ibang pasilidad
facility-kind-county-jail = kulungan ng county
facility-kind-city-jail = kulungan ng lungsod
facility-status-operating = nagkukulong ng mga tao para sa ICE
facility-status-closed = hindi na nagkukulong ng mga tao para sa ICE
facility-status-uncertain = hindi alam kung nagkukulong ito ng mga tao para sa ICE ngayon
detention-notice = Madalas ilipat ang mga tao. Para mahanap ang isang taong hawak ng ICE, gamitin ang online detainee locator ng ICE, o tawagan ang linya ng impormasyon tungkol sa detensyon.

## Legal help

service-legal-aid = legal na tulong sa imigrasyon
service-deportation-defense = depensa laban sa deportasyon
service-rapid-response = rapid response (mabilis na pagtugon)
service-lawyer-referral = mga referral sa abogado
service-detention-support = tulong para sa mga taong nasa detensyon
service-children = tulong para sa mga bata
service-victims = tulong para sa mga nakaligtas sa krimen o pang-aabuso
cost-free = libre
cost-low-cost = mababa ang bayad
cost-unknown = hindi nakasaad ang bayad
caution-third-party-parse = Mula sa kopya ng ibang tao ng isang listahan ng gobyerno, hindi sinuri laban sa mismong listahan.
caution-single-source = Iisang pinagmulan lamang ang naglilista nito.
caution-recognition-renewal-pending = Sa listahan ng gobyerno na ginamit namin, ang recognition (pagkilala) nito mula sa U.S. Justice Department para magbigay ng legal na tulong sa imigrasyon ay nasa petsa na ng pagtatapos nito o malapit na roon, at nakabinbin ang renewal.
caution-two-numbers = Dalawang pinagmulan ang nagbibigay ng dalawang magkaibang numero. Ipinapakita ang dalawa.
caution-area-code-mismatch = Hindi tugma ang area code ng telepono sa area code ng lungsod.
caution-government-office = Isang tanggapan ng gobyerno, hindi isang nonprofit.
caution-merged-offices = Napaghalo ng pinagmulan ang dalawang tanggapan; maaaring sa kabilang tanggapan ang address o ang telepono.
caution-referral-only = Nagre-refer ng mga tao sa mga abogado: walang direktang legal na tulong, at walang walk-in.
caution-limited-eligibility = Ilang tao lamang ang tinutulungan: basahin kung sino ang pinaglilingkuran nito.
caution-no-phone-found = Walang nakitang numero ng telepono para dito.

## Notes on lines a person must read before calling

hotline-ice-la-field-office-note = Pinapatakbo ng ICE. Tawagan ito kung hindi mahanap ng online detainee locator ng ICE ang tao, at nangyari ang pag-aresto sa Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara o San Luis Obispo County.
hotline-orr-note = Para sa magulang o guardian na naghahanap ng batang wala pang 18 taong gulang na hawak ng Office of Refugee Resettlement. Isang tanggapan ng gobyerno, hindi isang tagapagtanggol ng imigrante.
hotline-ct-statewide-note = Kung wala kang legal na katayuan sa imigrasyon, sinasabi ng pinagmulan na direktang mag-apply sa New Haven Legal Assistance, hindi sa linyang ito; sinasabi nito na hindi iniuulat ng tanggapang iyon ang katayuan sa imigrasyon sa pulis o sa anumang ibang awtoridad. Hindi namin nakita ang sariling numero ng telepono nito; ang web page nito ang unang pinagmulan ng linyang ito.
