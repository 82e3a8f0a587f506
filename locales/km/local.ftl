# ព័ត៌មានលម្អិតក្នុងតំបន់៖ គោលនយោបាយខោនធី និងទីក្រុង កន្លែងឃុំខ្លួន ជំនួយផ្លូវច្បាប់។

## គោលនយោបាយខោនធី និងទីក្រុង

local-policy-as-of = គិតត្រឹម { $date } យោងតាម { $who }៖ { $policy }
local-policy-undated = យោងតាម { $who } (មិនបង្ហាញកាលបរិច្ឆេទ)៖ { $policy }
local-policy-reminder = គោលនយោបាយក្នុងតំបន់ មិនចងកាតព្វកិច្ចលើភ្នាក់ងារសហព័ន្ធទេ។
local-policy-none-found = ការស្រាវជ្រាវមិនបានរកឃើញគោលនយោបាយក្នុងតំបន់ណាមួយនៅទីនេះ ក្រៅពីច្បាប់រដ្ឋទេ។
local-policy-hidden-low = របាយការណ៍ដែលមានទំនុកចិត្តទាប ដែលមិនបានបង្ហាញនៅទីនេះ៖ { $count }។
reported-by-official-records = កំណត់ត្រាផ្លូវការ
reported-by-news-reports = របាយការណ៍ព័ត៌មាន
reported-by-the-sheriff = ការិយាល័យប្រធានប៉ូលិសខោនធី (sheriff)
reported-by-advocates = ក្រុមការពារសិទ្ធិ
reported-by-one-secondary-source = ប្រភពបន្ទាប់បន្សំតែមួយ
policy-category-limits-beyond-state-law = កំណត់ការជួយ ICE លើសពីច្បាប់រដ្ឋ
policy-category-follows-state-law = អនុវត្តតាមច្បាប់រដ្ឋតែប៉ុណ្ណោះ
policy-category-helps-ice-within-state-law = ជួយ ICE តាមដែលច្បាប់រដ្ឋអនុញ្ញាត
policy-category-publishes-release-dates = ផ្សព្វផ្សាយកាលបរិច្ឆេទដោះលែង
policy-category-opposes-state-law = ប្រឆាំងនឹងការកំណត់របស់រដ្ឋ
policy-category-no-local-policy-found = រកមិនឃើញគោលនយោបាយក្នុងតំបន់
policy-status-in-force = ចូលជាធរមាន
policy-status-challenged = ចូលជាធរមាន ប៉ុន្តែកំពុងមានបណ្តឹងជំទាស់នៅតុលាការ
policy-status-adopted-not-final = បានអនុម័ត ប៉ុន្តែមិនទាន់ជាស្ថាពរ
policy-status-repealed = ត្រូវបានលុបចោល
policy-status-ended = បានបញ្ចប់
policy-status-symbolic = ជាសេចក្តីថ្លែងការណ៍ គ្មានអំណាចចងកាតព្វកិច្ច
policy-status-unconfirmed = មានការរាយការណ៍ ប៉ុន្តែមិនទាន់បញ្ជាក់

## កន្លែងឃុំខ្លួន

facility-kind-processing-center = មជ្ឈមណ្ឌលដំណើរការសំណុំរឿងរបស់ ICE
facility-kind-detention-center = មជ្ឈមណ្ឌលឃុំខ្លួន
facility-kind-annex = អគារបន្ថែមរបស់កន្លែងមួយទៀត
facility-kind-county-jail = គុកខោនធី
facility-kind-city-jail = គុកទីក្រុង
facility-status-operating = ឃុំមនុស្សឲ្យ ICE
facility-status-closed = លែងឃុំមនុស្សឲ្យ ICE ទៀតហើយ
facility-status-uncertain = មិនដឹងថាឥឡូវនេះ វាឃុំមនុស្សឲ្យ ICE ឬអត់
detention-notice = មនុស្សត្រូវគេផ្លាស់ទីញឹកញាប់។ ដើម្បីរកនរណាម្នាក់ដែល ICE កំពុងឃុំ សូមប្រើប្រព័ន្ធស្វែងរកអ្នកជាប់ឃុំតាមអ៊ីនធឺណិតរបស់ ICE (Online Detainee Locator) ឬទូរស័ព្ទទៅខ្សែទូរស័ព្ទព័ត៌មានអំពីការឃុំខ្លួន។

## ជំនួយផ្លូវច្បាប់

service-legal-aid = ជំនួយផ្លូវច្បាប់ផ្នែកអន្តោប្រវេសន៍
service-deportation-defense = ការការពារក្តីប្រឆាំងនឹងការនិរទេស
service-rapid-response = ការឆ្លើយតបរហ័ស
service-lawyer-referral = ការបញ្ជូនទៅកាន់មេធាវី
service-detention-support = ជំនួយសម្រាប់មនុស្សដែលត្រូវគេឃុំខ្លួន
service-children = ជំនួយសម្រាប់កុមារ
service-victims = ជំនួយសម្រាប់អ្នករស់រានពីឧក្រិដ្ឋកម្ម ឬការរំលោភបំពាន
cost-free = ឥតគិតថ្លៃ
cost-low-cost = តម្លៃទាប
cost-unknown = មិនបានបញ្ជាក់តម្លៃ
caution-third-party-parse = យកពីច្បាប់ចម្លងរបស់អ្នកផ្សេង នៃបញ្ជីរដ្ឋាភិបាលមួយ មិនបានផ្ទៀងផ្ទាត់ជាមួយបញ្ជីដើមទេ។
caution-single-source = មានប្រភពតែមួយប៉ុណ្ណោះ ដែលចុះឈ្មោះវា។
caution-recognition-renewal-pending = នៅលើបញ្ជីរដ្ឋាភិបាលដែលយើងបានប្រើ ការទទួលស្គាល់ពីក្រសួងយុត្តិធម៌សហរដ្ឋអាមេរិក ឲ្យវាផ្តល់ជំនួយផ្លូវច្បាប់ផ្នែកអន្តោប្រវេសន៍ បានដល់ ឬជិតដល់ថ្ងៃផុតកំណត់ ហើយកំពុងរង់ចាំការបន្ត។
caution-two-numbers = ប្រភពពីរ ផ្តល់លេខពីរខុសៗគ្នា។ លេខទាំងពីរត្រូវបានបង្ហាញ។
caution-area-code-mismatch = លេខកូដតំបន់ (area code) របស់ទូរស័ព្ទ មិនមែនជារបស់ទីក្រុងនោះទេ។
caution-government-office = ការិយាល័យរដ្ឋាភិបាល មិនមែនអង្គការមិនរកប្រាក់ចំណេញទេ។
caution-merged-offices = ប្រភពបានច្រឡំការិយាល័យពីរ។ អាសយដ្ឋាន ឬលេខទូរស័ព្ទ អាចជារបស់ការិយាល័យមួយទៀត។
caution-referral-only = បញ្ជូនមនុស្សទៅកាន់មេធាវី៖ មិនផ្តល់ជំនួយផ្លូវច្បាប់ដោយផ្ទាល់ទេ ហើយមិនទទួលភ្ញៀវដែលមកដោយគ្មានការណាត់ទេ។
caution-limited-eligibility = ជួយតែមនុស្សមួយចំនួនប៉ុណ្ណោះ៖ សូមអានថាវាបម្រើនរណា។
caution-no-phone-found = រកមិនឃើញលេខទូរស័ព្ទសម្រាប់វាទេ។

## កំណត់ចំណាំអំពីខ្សែទូរស័ព្ទ ដែលមនុស្សត្រូវអានមុននឹងទូរស័ព្ទ

hotline-ice-la-field-office-note = ដំណើរការដោយ ICE។ សូមទូរស័ព្ទទៅលេខនេះ បើប្រព័ន្ធស្វែងរកអ្នកជាប់ឃុំតាមអ៊ីនធឺណិតរបស់ ICE រកមិនឃើញមនុស្សនោះ ហើយការចាប់ខ្លួនបានកើតឡើងក្នុងខោនធី Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara ឬ San Luis Obispo។
hotline-orr-note = សម្រាប់ឪពុកម្តាយ ឬអាណាព្យាបាល ដែលកំពុងរកកូនអាយុក្រោម 18 ឆ្នាំ ដែលការិយាល័យ Office of Refugee Resettlement កំពុងឃុំទុក។ ជាការិយាល័យរដ្ឋាភិបាល មិនមែនក្រុមការពារសិទ្ធិទេ។
hotline-ct-statewide-note = បើអ្នកគ្មានស្ថានភាពអន្តោប្រវេសន៍ស្របច្បាប់ទេ ប្រភពនោះប្រាប់ឲ្យដាក់ពាក្យទៅ New Haven Legal Assistance ដោយផ្ទាល់ មិនមែនតាមរយៈខ្សែទូរស័ព្ទនេះទេ។ ប្រភពនោះនិយាយថា ការិយាល័យនោះមិនរាយការណ៍ស្ថានភាពអន្តោប្រវេសន៍ទៅប៉ូលិស ឬអាជ្ញាធរណាមួយផ្សេងទៀតទេ។ យើងរកមិនឃើញលេខទូរស័ព្ទផ្ទាល់របស់ការិយាល័យនោះទេ។ គេហទំព័ររបស់ការិយាល័យនោះ គឺជាប្រភពទីមួយរបស់ខ្សែទូរស័ព្ទនេះ។
