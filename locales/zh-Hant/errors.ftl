# 出了什麼問題，用人能照著去做的話來說明。呼叫失敗時，App 會顯示這些訊息；
# 它們都不會重複使用者輸入的內容。

error-invalid-locale = 無法讀取這個語言設定。請從清單中選擇一種語言。
error-unknown-topic = 本應用程式裡沒有這個情況。請從清單中選擇一項。
error-unknown-law = 本應用程式裡沒有這條法律。請從清單中選擇一項。
error-unknown-warrant-state = 令狀問題的進度遺失了。請從頭重新回答這些問題。
error-unknown-warrant-choice = 這不是這個問題的答案之一。請從顯示的答案中選擇一個。
error-unknown-message = 本應用程式要求了一段不存在的文字。這是本應用程式的程式錯誤。
error-invalid-coordinates = 無法讀取您的位置。請改為輸入郵遞區號 (ZIP code) 或縣的名稱。
error-invalid-zip = 郵遞區號 (ZIP code) 有 5 位數字，例如 90012。
error-unknown-zip = 本應用程式不認得這個郵遞區號。請檢查一下，或輸入您所在的縣。
error-unknown-county = 在本應用程式涵蓋的地區裡，沒有這個名稱的縣。
error-unknown-city = 在本應用程式涵蓋的地區裡，沒有這個名稱的城市。
error-unknown-state = 這不是美國的州。請輸入州的兩個英文字母代碼，例如 CA。
error-invalid-time = 無法讀取這個時間。請用英文輸入星期，再輸入時間，例如 Mon 22:30（Mon 是星期一）。
error-not-a-pack = 這個檔案不是 Amparo 的內容檔案。沒有做任何變更。
error-unsupported-pack-format = 這個內容檔案是給另一個版本的應用程式用的。沒有做任何變更。
error-corrupt-pack = 這個內容檔案已損壞或不完整。沒有做任何變更。
error-pack-too-large = 這個內容檔案太大，不可能是真的。沒有做任何變更。
error-unknown-key = 這個內容檔案沒有 Amparo 的簽名。它可能是假的。沒有做任何變更。
error-bad-signature = 這個內容檔案在 Amparo 簽名之後被改動過。它可能是假的。沒有做任何變更。
# $offered：檔案的內容版本；$in_use：App 正在使用的版本。
error-not-newer = 這個內容檔案（版本 { $offered }）並不比您現有的內容（版本 { $in_use }）新。沒有做任何變更。
# $required：App 的版本，例如 0.2.0。
error-needs-newer-app = 這個內容檔案需要較新版本的應用程式（{ $required }）。請先更新應用程式。沒有做任何變更。
# $missing：語言代碼，例如 "km, ti"。
error-fewer-languages = 這個內容檔案缺少應用程式已經有的語言（{ $missing }）。沒有做任何變更。
error-storage = 應用程式無法把內容檔案儲存在這支手機上。您現有的內容仍然可以使用。
error-no-data-folder = 應用程式無法在這裡安裝內容檔案。您現有的內容仍然可以使用。
error-unknown-question = 這份測驗裡沒有這道題。請重新開始測驗。
error-unknown-quiz-choice = 這不是這道題的答案選項。請從顯示的字母中選一個。
error-unknown-emergency-message = 本應用程式裡沒有這則訊息。請從清單中選一則。
error-unknown-message-value = 應用程式給這則訊息提供了它並不需要的內容。這是應用程式的程式錯誤。
error-value-too-long = 內容太長，一則簡訊放不下。請使用不超過 { $limit } 個字元。
