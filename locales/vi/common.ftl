# Các bước dùng chung cho nhiều tình huống.

common-stay-silent-do = Quý vị có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.
common-stay-silent-say = Tôi sử dụng quyền giữ im lặng của tôi. Tôi muốn nói chuyện với luật sư.
common-stay-silent-why = Tu chính án thứ Năm (Fifth Amendment) cho phép quý vị từ chối trả lời câu hỏi. Quý vị không phải nói mình sinh ra ở đâu, tình trạng di trú của mình là gì, hay mình đã đến nước này bằng cách nào. Những gì quý vị nói có thể bị dùng để chống lại quý vị tại tòa.

common-do-not-sign-do = Đừng ký bất cứ giấy tờ nào cho đến khi quý vị đã nói chuyện với luật sư.
common-do-not-sign-say = Tôi sẽ không ký bất cứ thứ gì cho đến khi tôi nói chuyện với luật sư.
common-do-not-sign-why = Một số giấy tờ, như giấy "tự nguyện rời khỏi Hoa Kỳ" (voluntary departure), có thể làm quý vị mất cơ hội được gặp thẩm phán di trú.

common-do-not-lie-do = Đừng nói dối. Đừng nói mình là công dân Hoa Kỳ nếu quý vị không phải. Đừng đưa ra giấy tờ giả.
common-do-not-lie-why = Quý vị có quyền giữ im lặng, nhưng không có quyền nói dối. Nói dối rằng mình là công dân Hoa Kỳ có thể gây hại nghiêm trọng cho vấn đề di trú của quý vị, và tác hại đó thường là vĩnh viễn.

common-ask-if-free-to-go-do = Hãy hỏi xem quý vị có được tự do rời đi không. Nếu họ nói có, hãy bình tĩnh rời đi. Nếu họ nói không, hãy giữ im lặng và yêu cầu được gặp luật sư.
common-ask-if-free-to-go-say = Tôi có được tự do rời đi không?
common-ask-if-free-to-go-why = Nếu quý vị không bị giữ lại, quý vị không phải ở lại để trả lời câu hỏi.

# Những điều "đừng làm" dùng chung cho nhiều tình huống.

common-dont-resist = Đừng bỏ chạy, đánh trả, cãi vã hay chặn nhân viên công lực, ngay cả khi quý vị nghĩ họ làm sai.
common-dont-lie = Đừng nói dối, đừng nói mình là công dân Hoa Kỳ nếu quý vị không phải, và đừng đưa ra giấy tờ giả.
common-dont-sign = Đừng ký bất cứ thứ gì, nhất là giấy "tự nguyện rời khỏi Hoa Kỳ" (voluntary departure), khi chưa nói chuyện với luật sư.
