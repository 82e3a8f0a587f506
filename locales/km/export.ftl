# ប័ណ្ណ និងកូនសៀវភៅសម្រាប់បោះពុម្ព (amparo export)។

export-cards-title = ប័ណ្ណដាក់កាបូប
export-cards-how = សូមបោះពុម្ពទាំងពីរមុខ ដោយត្រឡប់សន្លឹកក្រដាសតាមគែមវែង។ បន្ទាប់មក កាត់តាមបន្ទាត់ដាច់ៗ។ សូមយកប័ណ្ណមួយជាប់ខ្លួនជានិច្ច។
export-booklet-title = ស្គាល់សិទ្ធិរបស់អ្នក
export-laws = ច្បាប់
export-do-not = អ្វីដែលមិនត្រូវធ្វើ
# $place: ឈ្មោះពេញរបស់ខោនធី ដូចជា "San Francisco County"។
export-help-near = ជំនួយនៅ { $place }
export-lines = ខ្សែទូរស័ព្ទដែលអាចហៅបាន
export-policy = គោលនយោបាយក្នុងតំបន់
export-detention = កន្លែងនៅជិតនេះ ដែលគេអាចឃុំមនុស្ស
# $version: លេខកំណែខ្លឹមសារ; $oldest, $newest: កាលបរិច្ឆេទដែលប្រភពបង្ហាញ។
export-footer = កំណែខ្លឹមសារ { $version }។ ប្រភពមានកាលបរិច្ឆេទពី { $oldest } ដល់ { $newest }។
export-quiz-answers = ចម្លើយ
