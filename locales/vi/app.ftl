# Chữ mà ứng dụng tự hiển thị, xung quanh nội dung.

# Dòng đầu tiên của mỗi thẻ quyền, để nhân viên công lực đọc.
card-heading = Tôi đang sử dụng các quyền của tôi theo Hiến pháp Hoa Kỳ. Xin vui lòng đọc thẻ này.

# Hiển thị cùng mỗi chủ đề và thẻ khi chưa có luật sư xem lại nội dung.
legal-review-unreviewed = Chưa có luật sư nào xem lại nội dung này. Đây là thông tin tổng quát, không phải tư vấn pháp lý.
legal-review-lawyer-reviewed = Một luật sư đã xem lại nội dung này. Đây là thông tin tổng quát, không phải tư vấn pháp lý.

# Nhãn bên cạnh mỗi bước.
label-say = Nói
label-why = Tại sao
label-sources = Nguồn
label-checked = Đã kiểm tra

# Tình trạng của một đạo luật, bằng lời.
law-status-in-force = đang có hiệu lực
law-status-did-not-pass = không được thông qua
law-status-vetoed = bị phủ quyết
law-status-in-court = đã được thông qua, nhưng đang bị kiện tại tòa
law-status-blocked = bị tòa án chặn lại
law-status-superseded = đã được thay thế bằng một luật sau này
law-status-unconfirmed = đã được thông qua, nhưng chưa xác nhận được là đã có hiệu lực hay chưa
law-effect-limits-cooperation = giới hạn việc giúp thi hành luật di trú
law-effect-mandates-cooperation = bắt buộc phải giúp thi hành luật di trú
law-effect-other = luật di trú khác

# Một bước hoặc một luật chỉ áp dụng ở một tiểu bang.
scope-only-in = Chỉ ở { $state }
