# Mẫu kế hoạch gia đình và các tin nhắn khẩn cấp. Các nhãn của kế hoạch được
# in trên một mẫu điền bằng tay; các tin nhắn do một người gửi đi (phần `-say`
# được dịch ngược để kiểm tra trong mọi ngôn ngữ).

## Kế hoạch chuẩn bị cho gia đình

plan-title = Kế hoạch chuẩn bị cho gia đình
plan-intro = Hãy cùng gia đình điền kế hoạch này trước khi có chuyện xảy ra. Hãy để kế hoạch chung với các giấy tờ quan trọng, ở chỗ những người quý vị tin tưởng có thể tìm thấy. Hãy học thuộc lòng các số điện thoại.
plan-emergency-contacts-label = Những người cần gọi khi khẩn cấp
plan-emergency-contacts-hint = Tên và số điện thoại của những người quý vị tin tưởng. Hãy học thuộc lòng các số này: nếu quý vị bị giam giữ, quý vị có thể sẽ không có điện thoại bên mình.
plan-lawyer-label = Luật sư hoặc tổ chức trợ giúp pháp lý của quý vị
plan-lawyer-hint = Tên và số điện thoại. Cũng hãy học thuộc lòng số này.
plan-rapid-response-label = Đường dây phản ứng nhanh của quận quý vị
plan-rapid-response-hint = Hãy gọi nếu quý vị thấy nhân viên di trú ở gần. Phần tìm trợ giúp của ứng dụng này có ghi đường dây của quận quý vị.
plan-children-pickup-label = Ai có thể đón các con
plan-children-pickup-hint = Những người quý vị đã chọn để đón con quý vị nếu quý vị không đón được, kèm số điện thoại của họ. Hãy bảo đảm họ biết điều này.
plan-documents-label = Nơi để các giấy tờ quan trọng
plan-documents-hint = Hãy để các giấy tờ ở một chỗ mà những người quý vị tin tưởng có thể lấy nhanh.
plan-a-numbers-label = Số A (A-number)
plan-a-numbers-hint = Số A (A-number) của từng người, nếu có, và nước nơi người đó sinh ra. Có những thông tin này, gia đình quý vị có thể tìm một người lớn bị Sở Di trú và Hải quan (ICE) giam giữ trên công cụ tìm người bị giam trên mạng của ICE.
plan-medical-needs-label = Nhu cầu y tế
plan-medical-needs-hint = Các vấn đề sức khỏe và thuốc men của từng người, để báo cho nhân viên công lực nếu có ai bị bắt hoặc bị giam giữ.

## Tin nhắn khẩn cấp

emergency-detained-title = Bị cơ quan di trú giam giữ
emergency-detained-when = Dùng khi nhân viên di trú giam giữ quý vị. Hãy viết sẵn ngay bây giờ, để quý vị hoặc một người quý vị tin tưởng có thể gửi đi nhanh.
emergency-detained-say = Tôi đã bị cơ quan di trú giam giữ tại { $place }. Xin hãy gọi cho { $contact }. Số A (A-number) của tôi là { $a_number }.
emergency-arrested-title = Bị cảnh sát bắt
emergency-arrested-when = Dùng khi cảnh sát bắt quý vị. Hãy viết sẵn ngay bây giờ, để một người quý vị tin tưởng có thể gửi thay cho quý vị.
emergency-arrested-say = Tôi đã bị cảnh sát bắt tại { $place }. Xin hãy gọi cho { $contact }.
emergency-children-title = Đón các con
emergency-children-when = Dùng khi quý vị không đón con được. Tin nhắn này chỉ đến người mà kế hoạch gia đình của quý vị ghi tên.
emergency-children-say = Tôi không đón các con được. Xin hãy làm theo kế hoạch gia đình của chúng ta: { $contact } sẽ đón các con tại { $place }.
emergency-find-me-title = Cách tìm tôi
emergency-find-me-when = Hãy đưa tin nhắn này cho người thân mà quý vị tin tưởng. Tin nhắn có số A (A-number) và nước nơi quý vị sinh ra, là những thông tin họ cần để tìm quý vị nếu Sở Di trú và Hải quan (ICE) giam giữ quý vị.
emergency-find-me-say = Nếu tôi không về nhà, có thể Sở Di trú và Hải quan (ICE) đang giam giữ tôi. Có thể tìm tôi trên công cụ Online Detainee Locator của ICE, { $locator }, bằng số A (A-number) của tôi, { $a_number }, và nước nơi tôi sinh ra, { $country }.
