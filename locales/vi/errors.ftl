# Điều gì đã bị lỗi, bằng những lời mà người đọc có thể làm theo. Ứng dụng hiển thị
# các câu này khi một thao tác không thực hiện được; không câu nào lặp lại những gì người dùng đã nhập.

error-invalid-locale = Không đọc được cài đặt ngôn ngữ đó. Hãy chọn một ngôn ngữ trong danh sách.
error-unknown-topic = Tình huống đó không có trong ứng dụng này. Hãy chọn một tình huống trong danh sách.
error-unknown-law = Luật đó không có trong ứng dụng này. Hãy chọn một luật trong danh sách.
error-unknown-warrant-state = Ứng dụng đã mất vị trí quý vị đang trả lời trong các câu hỏi về lệnh. Hãy bắt đầu lại các câu hỏi này.
error-unknown-warrant-choice = Đó không phải là một trong các câu trả lời cho câu hỏi này. Hãy chọn một trong các câu trả lời đang hiển thị.
error-unknown-message = Ứng dụng đã yêu cầu một đoạn chữ không tồn tại. Đây là lỗi của ứng dụng.
error-invalid-coordinates = Không đọc được vị trí của quý vị. Thay vào đó, hãy nhập mã ZIP hoặc tên quận.
error-invalid-zip = Mã ZIP có 5 chữ số, ví dụ 90012.
error-unknown-zip = Ứng dụng này không biết mã ZIP đó. Hãy kiểm tra lại, hoặc nhập tên quận của quý vị.
error-unknown-county = Không có quận nào có tên đó ở những nơi ứng dụng này phục vụ.
error-unknown-city = Không có thành phố nào có tên đó ở những nơi ứng dụng này phục vụ.
error-unknown-state = Đó không phải là một tiểu bang của Hoa Kỳ. Hãy nhập mã hai chữ cái của tiểu bang, ví dụ CA.
error-invalid-time = Không đọc được giờ đó. Hãy nhập ngày trong tuần bằng tiếng Anh và giờ, ví dụ Mon 22:30 (Mon là Thứ Hai).
error-not-a-pack = Tệp này không phải là tệp nội dung của Amparo. Không có gì bị thay đổi.
error-unsupported-pack-format = Tệp nội dung này dành cho một phiên bản khác của ứng dụng. Không có gì bị thay đổi.
error-corrupt-pack = Tệp nội dung này bị hỏng hoặc không đầy đủ. Không có gì bị thay đổi.
error-pack-too-large = Tệp nội dung này quá lớn, không thể là tệp thật. Không có gì bị thay đổi.
error-unknown-key = Tệp nội dung này không có chữ ký của Amparo. Tệp này có thể là giả. Không có gì bị thay đổi.
error-bad-signature = Tệp nội dung này đã bị sửa sau khi Amparo ký. Tệp này có thể là giả. Không có gì bị thay đổi.
# $offered: phiên bản nội dung của tệp; $in_use: phiên bản ứng dụng đang dùng.
error-not-newer = Tệp nội dung này (phiên bản { $offered }) không mới hơn nội dung quý vị đang có (phiên bản { $in_use }). Không có gì bị thay đổi.
# $required: một phiên bản ứng dụng, ví dụ 0.2.0.
error-needs-newer-app = Tệp nội dung này cần một phiên bản ứng dụng mới hơn ({ $required }). Hãy cập nhật ứng dụng trước. Không có gì bị thay đổi.
# $missing: mã ngôn ngữ, ví dụ "km, ti".
error-fewer-languages = Tệp nội dung này thiếu những ngôn ngữ mà ứng dụng đã có ({ $missing }). Không có gì bị thay đổi.
error-storage = Ứng dụng không lưu được tệp nội dung vào điện thoại này. Nội dung quý vị đang có vẫn dùng được.
error-no-data-folder = Ứng dụng không thể cài tệp nội dung vào đây. Nội dung quý vị đang có vẫn dùng được.
error-unknown-question = Câu hỏi đó không có trong bài trắc nghiệm này. Hãy bắt đầu lại bài trắc nghiệm.
error-unknown-quiz-choice = Đó không phải là một trong các câu trả lời cho câu hỏi này. Hãy chọn một trong các chữ cái đang hiện ra.
error-unknown-emergency-message = Tin nhắn đó không có trong ứng dụng này. Hãy chọn một tin nhắn trong danh sách.
error-unknown-message-value = Ứng dụng đã đưa vào tin nhắn này một thứ mà tin nhắn không cần đến. Đây là lỗi của ứng dụng.
error-value-too-long = Nội dung này quá dài cho một tin nhắn văn bản. Hãy dùng { $limit } ký tự trở xuống.
