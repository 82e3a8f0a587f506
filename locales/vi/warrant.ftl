# Phần kiểm tra lệnh: nhân viên di trú ở cửa nhà quý vị nói rằng họ có lệnh.
# Các câu hỏi có lựa chọn dẫn đến một kết quả. Mỗi kết quả cũng hiển thị
# những lời khuyên cố định bên dưới (warrant-advice-*), và câu cần nói bằng
# ngôn ngữ của người dùng và ngôn ngữ của nhân viên công lực.

## Câu hỏi

warrant-q-who = Những người ở cửa nói họ là ai?
warrant-who-immigration = Nhân viên di trú, hoặc ICE
warrant-who-police = Cảnh sát
warrant-who-other = Người khác
warrant-who-dont-know = Tôi không biết

warrant-q-paper = Hãy xem tờ giấy họ cho quý vị xem, qua cửa sổ hoặc sau khi họ luồn giấy qua khe dưới cửa. Đừng mở cửa. Đó là giấy gì?
warrant-q-paper-not-immigration = Hãy xem tờ giấy họ cho quý vị xem, qua cửa sổ hoặc sau khi họ luồn giấy qua khe dưới cửa. Đừng mở cửa. Một số nhân viên di trú nói họ là cảnh sát. Nếu tờ giấy đến từ Sở Di trú và Hải quan (ICE) hoặc từ Bộ An ninh Nội địa (DHS), hãy coi họ là nhân viên di trú. Đó là giấy gì?
warrant-paper-none = Họ chưa cho tôi xem tờ giấy nào
warrant-paper-i200 = Lệnh bắt giữ của ICE (Mẫu I-200)
warrant-paper-i205 = Lệnh trục xuất của ICE (Mẫu I-205)
warrant-paper-i247 = Yêu cầu tạm giữ của ICE (detainer, Mẫu I-247): yêu cầu nhà giam giữ một người lại
warrant-paper-judge-arrest = Lệnh bắt giữ của tòa án, do thẩm phán ký
warrant-paper-judge-search = Lệnh khám xét của tòa án, do thẩm phán ký
warrant-paper-cant-tell = Tôi không xác định được

warrant-q-final-order = Có ai sống ở đây đã có quyết định trục xuất cuối cùng (final order of removal) không? Đó là quyết định buộc một người phải rời khỏi Hoa Kỳ, khi một vụ di trú kết thúc.
warrant-q-lives-here = Người có tên trong lệnh bắt giữ có sống ở đây không?
warrant-q-search-address = Lệnh khám xét có ghi địa chỉ của nhà này không?
warrant-answer-yes = Có
warrant-answer-no = Không
warrant-answer-dont-know = Tôi không biết

## Kết quả

warrant-o-no-paper = Nếu họ nói họ có lệnh, hãy yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ. Đừng mở cửa để đọc. Đôi khi nhân viên di trú nói họ có lệnh nhưng thật ra không có. Nếu không có lệnh do thẩm phán ký, quý vị không phải cho họ vào. Khi quý vị thấy được tờ giấy, hãy trả lời lại các câu hỏi này.
warrant-o-no-paper-say = Tôi không đồng ý cho quý vị vào nhà tôi. Nếu quý vị có lệnh do thẩm phán ký, xin luồn lệnh qua khe dưới cửa.

warrant-o-i200 = Đây là lệnh bắt giữ của Sở Di trú và Hải quan (ICE), Mẫu I-200. Lệnh này còn được gọi là lệnh hành chính. Một viên chức ICE đã ký lệnh này, không phải thẩm phán. Lệnh này không cho phép nhân viên di trú vào nhà quý vị khi quý vị không đồng ý. Quý vị không phải mở cửa.
warrant-o-i200-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này không phải do thẩm phán ký.

warrant-o-i205-final-order = Đây là lệnh trục xuất của Sở Di trú và Hải quan (ICE), Mẫu I-205. Một viên chức ICE đã ký lệnh này, không phải thẩm phán. Các nhóm bênh vực di dân nói rằng lệnh này không cho phép nhân viên di trú vào nhà quý vị khi quý vị không đồng ý. Nhưng từ năm 2025, ICE nói rằng nhân viên ICE có thể xông vào nhà với mẫu này để bắt một người đã có quyết định trục xuất cuối cùng. Các tòa án đang xét xử những vụ kiện phản đối điều ICE nói, và vấn đề này chưa ngã ngũ. Nhân viên di trú có thể xông vào. Đừng mở cửa, và đừng đồng ý cho họ vào.
warrant-o-i205-final-order-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này không phải do thẩm phán ký.

warrant-o-i205-not-sure = Đây là lệnh trục xuất của Sở Di trú và Hải quan (ICE), Mẫu I-205. Một viên chức ICE đã ký lệnh này, không phải thẩm phán. Các nhóm bênh vực di dân nói rằng lệnh này không cho phép nhân viên di trú vào nhà quý vị khi quý vị không đồng ý. Nhưng từ năm 2025, ICE nói rằng nhân viên ICE có thể xông vào nhà với mẫu này để bắt một người đã có quyết định trục xuất cuối cùng. Các tòa án đang xét xử những vụ kiện phản đối điều ICE nói, và vấn đề này chưa ngã ngũ. Nếu quý vị không chắc có ai ở đây đã có quyết định trục xuất cuối cùng hay không, hãy chuẩn bị cho việc nhân viên di trú xông vào. Đừng mở cửa, và đừng đồng ý cho họ vào. Sau đó, hãy nhờ luật sư tìm hiểu xem có quyết định trục xuất nào không.
warrant-o-i205-not-sure-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này không phải do thẩm phán ký.

warrant-o-i205-no-final-order = Đây là lệnh trục xuất của Sở Di trú và Hải quan (ICE), Mẫu I-205. Một viên chức ICE đã ký lệnh này, không phải thẩm phán. Các nhóm bênh vực di dân nói rằng lệnh này không cho phép nhân viên di trú vào nhà quý vị khi quý vị không đồng ý. Từ năm 2025, ICE nói rằng nhân viên ICE có thể xông vào nhà với mẫu này để bắt một người đã có quyết định trục xuất cuối cùng. Các tòa án đang xét xử những vụ kiện phản đối điều ICE nói, và vấn đề này chưa ngã ngũ. Quý vị đã nói rằng không ai ở đây có quyết định trục xuất cuối cùng. Nhân viên di trú vẫn có thể tìm cách vào. Đừng mở cửa, và đừng đồng ý cho họ vào.
warrant-o-i205-no-final-order-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này không phải do thẩm phán ký.

warrant-o-detainer = Đây là yêu cầu tạm giữ (detainer) của Sở Di trú và Hải quan (ICE), Mẫu I-247, ví dụ Mẫu I-247A. Yêu cầu tạm giữ là một yêu cầu của ICE gửi nhà giam, để nhà giam giữ một người lại ở đó. Đây không phải là lệnh (warrant), và không có thẩm phán nào ký. Quý vị không phải mở cửa.
warrant-o-detainer-say = Tôi không đồng ý cho quý vị vào nhà tôi. Tờ giấy này không phải là lệnh do thẩm phán ký.

warrant-o-judge-arrest = Đây có thể là lệnh bắt giữ thật do thẩm phán ký. Lệnh này cho phép nhân viên công lực vào nhà của người có tên trong lệnh, để bắt người đó, nếu họ tin rằng người đó đang ở bên trong. Họ có thể vào nhà. Đừng chặn cửa và đừng đánh trả họ. Quý vị vẫn có thể giữ im lặng. Quý vị không phải đồng ý cho khám xét bất cứ thứ gì khác. Hãy xem ngày tháng trên lệnh. Nếu lệnh có vẻ đã cũ, hãy hỏi luật sư về việc này.
warrant-o-judge-arrest-say = Tôi sử dụng quyền giữ im lặng của tôi. Tôi muốn nói chuyện với luật sư.

warrant-o-arrest-not-here = Lệnh bắt giữ do thẩm phán ký cho phép nhân viên công lực vào nhà của người có tên trong lệnh. Lệnh này không cho phép họ vào nhà của người khác để tìm người đó. Muốn vậy, họ cần có lệnh khám xét. Quý vị đã nói rằng người có tên trong lệnh không sống ở đây, nên quý vị không phải cho họ vào. Quý vị không phải trả lời câu hỏi của họ. Đừng nói dối họ.
warrant-o-arrest-not-here-say = Tôi không đồng ý cho quý vị vào nhà tôi.

warrant-o-judge-search = Đây có thể là lệnh khám xét thật do thẩm phán ký. Lệnh này cho phép nhân viên công lực khám xét địa chỉ ghi trong lệnh, bất kể ai sống ở đó. Họ chỉ được khám xét những nơi ghi trong lệnh, và chỉ được tìm những thứ ghi trong lệnh. Họ có thể vào nhà. Đừng chặn cửa và đừng đánh trả họ. Quý vị vẫn có thể giữ im lặng. Hãy xem ngày tháng trên lệnh. Nếu lệnh có vẻ đã cũ, hãy hỏi luật sư về việc này.
warrant-o-judge-search-say = Tôi sử dụng quyền giữ im lặng của tôi. Tôi muốn nói chuyện với luật sư.

warrant-o-wrong-address = Lệnh khám xét ghi một địa chỉ khác, không phải nhà này. Quý vị không phải mở cửa. Hãy giữ cửa đóng.
warrant-o-wrong-address-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này dành cho một địa chỉ khác.

warrant-o-cant-tell = Nếu quý vị không xác định được tờ giấy là gì, hoặc ai đã ký, đừng mở cửa. Hãy yêu cầu họ luồn tờ giấy qua khe dưới cửa để quý vị đọc. Quý vị có thể xin thông dịch viên. Các nhóm bênh vực di dân nói rằng chỉ có lệnh do thẩm phán ký mới cho phép nhân viên di trú vào nhà khi quý vị không đồng ý. Từ năm 2025, Sở Di trú và Hải quan (ICE) cũng nói rằng nhân viên ICE có thể xông vào nhà với Mẫu I-205 để bắt một người đã có quyết định trục xuất cuối cùng; các tòa án đang xét xử những vụ kiện phản đối điều ICE nói.
warrant-o-cant-tell-say = Tôi không đồng ý cho quý vị vào nhà tôi. Xin cho tôi xem lệnh do thẩm phán ký.

## Lời khuyên: danh sách cố định mà mọi kết quả lấy ra, theo thứ tự này

warrant-advice-keep-door-closed = Hãy giữ cửa đóng. Nói chuyện qua cánh cửa.
warrant-advice-do-not-consent = Hãy nói rõ rằng quý vị không đồng ý cho họ vào nhà hay khám xét.
warrant-advice-do-not-resist = Nếu nhân viên công lực vào nhà hoặc xông vào, đừng bỏ chạy, đánh trả hay chặn họ.
warrant-advice-stay-silent = Quý vị có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.
warrant-advice-ask-for-lawyer = Hãy yêu cầu được gặp luật sư.
warrant-advice-do-not-sign = Đừng ký bất cứ thứ gì cho đến khi quý vị nói chuyện với luật sư.
warrant-advice-note-details = Hãy ghi lại tên của các nhân viên công lực, số phù hiệu của họ, thời gian, và những gì đã xảy ra.
warrant-advice-call-rapid-response = Hãy gọi đường dây phản ứng nhanh của quận quý vị. Quý vị có thể tìm đường dây này trong phần tìm trợ giúp của ứng dụng này.
