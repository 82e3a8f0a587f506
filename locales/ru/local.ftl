# Местные подробности: политика округов и городов, центры содержания под стражей, юридическая помощь.

## Политика округов и городов

local-policy-as-of = По состоянию на { $date }, по данным { $who }: { $policy }
local-policy-undated = По данным { $who } (дата не указана): { $policy }
local-policy-reminder = Местная политика не обязательна для федеральных агентов.
local-policy-none-found = Исследование не нашло здесь местной политики, кроме законов штата.
local-policy-hidden-low = Сообщения с низкой достоверностью, которые здесь не показаны: { $count }.
# reported-by-* стоят в родительном падеже: приложение вставляет их только после слов «по данным».
reported-by-official-records = официальных документов
reported-by-news-reports = новостных сообщений
reported-by-the-sheriff = офиса шерифа
reported-by-advocates = правозащитных организаций
reported-by-one-secondary-source = одного вторичного источника
policy-category-limits-beyond-state-law = Ограничивает помощь ICE сильнее, чем закон штата
policy-category-follows-state-law = Соблюдает только закон штата
policy-category-helps-ice-within-state-law = Помогает ICE настолько, насколько позволяет закон штата
policy-category-publishes-release-dates = Публикует даты освобождения
policy-category-opposes-state-law = Выступает против ограничений штата
policy-category-no-local-policy-found = Местная политика не найдена
policy-status-in-force = действует
policy-status-challenged = действует, но оспаривается в суде
policy-status-adopted-not-final = принято, но не окончательно
policy-status-repealed = отменено
policy-status-ended = прекращено
policy-status-symbolic = заявление, не обязательное к исполнению
policy-status-unconfirmed = сообщалось, но не подтверждено

## Центры содержания под стражей

facility-kind-processing-center = центр обработки ICE
facility-kind-detention-center = центр содержания под стражей
facility-kind-annex = дополнительное здание другого центра
facility-kind-county-jail = окружная тюрьма
facility-kind-city-jail = городская тюрьма
facility-status-operating = держит людей для ICE
facility-status-closed = больше не держит людей для ICE
facility-status-uncertain = неизвестно, держит ли сейчас людей для ICE
detention-notice = Людей часто переводят. Чтобы найти человека, которого держит ICE, используйте онлайн-поиск задержанных ICE (online detainee locator) или позвоните на информационную линию о содержании под стражей.

## Юридическая помощь

service-legal-aid = иммиграционная юридическая помощь
service-deportation-defense = защита от депортации
service-rapid-response = быстрое реагирование
service-lawyer-referral = направления к адвокатам
service-detention-support = помощь людям под стражей
service-children = помощь детям
service-victims = помощь пострадавшим от преступлений или насилия
cost-free = бесплатно
cost-low-cost = недорого
cost-unknown = стоимость не указана
caution-third-party-parse = Взято из чужой копии государственного списка, не сверено с самим списком.
caution-single-source = Указано только в одном источнике.
caution-recognition-renewal-pending = В государственном списке, которым мы пользовались, срок её признания Министерством юстиции США, которое даёт право оказывать иммиграционную юридическую помощь, заканчивался или уже закончился, а продление ещё рассматривалось.
caution-two-numbers = Два источника дают два разных номера. Показаны оба.
caution-area-code-mismatch = Телефонный код этого номера не совпадает с кодом города.
caution-government-office = Государственное учреждение, а не некоммерческая организация.
caution-merged-offices = Источник перепутал два офиса; адрес или телефон может относиться к другому офису.
caution-referral-only = Направляет людей к адвокатам: не оказывает юридическую помощь сама и не принимает без записи.
caution-limited-eligibility = Помогает только некоторым людям: прочитайте, кого она обслуживает.
caution-no-phone-found = Номер телефона не найден.

## Заметки о линиях, которые нужно прочитать до звонка

hotline-ice-la-field-office-note = Линию ведёт ICE. Звоните, если онлайн-поиск задержанных ICE (online detainee locator) не находит человека, а арест был в округе Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara или San Luis Obispo.
hotline-orr-note = Для родителя или опекуна, который ищет ребёнка до 18 лет, которого содержит у себя Office of Refugee Resettlement (Управление по переселению беженцев). Это государственное учреждение, а не правозащитники.
hotline-ct-statewide-note = Если у вас нет законного иммиграционного статуса, источник советует обращаться в New Haven Legal Assistance напрямую, а не через эту линию; он говорит, что этот офис не сообщает об иммиграционном статусе ни полиции, ни другим властям. Мы не нашли собственный номер телефона этого офиса; его веб-страница — первый из источников этой линии.
