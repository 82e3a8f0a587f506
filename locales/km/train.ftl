# កម្រងសំណួរហ្វឹកហាត់ ដូចដែលកម្មវិធី និង CLI ដំណើរការវា និងស្លាករបស់សារពេលអាសន្ន។
# សំណួរខ្លួនឯង នៅក្នុង quiz.ftl។

train-title = កម្រងសំណួរហ្វឹកហាត់
train-question = សំណួរទី { $number } ក្នុងចំណោម { $total }
train-prompt = វាយអក្សរនៃចម្លើយរបស់អ្នក រួចចុច Enter។
train-right = ត្រឹមត្រូវ។
train-wrong = មិនទាន់ត្រឹមត្រូវទេ។ ចម្លើយគឺ { $answer }។
train-score = អ្នកឆ្លើយត្រូវ { $right } សំណួរ ក្នុងចំណោម { $total } សំណួរ។
emergency-in-english = ជាភាសាអង់គ្លេស
