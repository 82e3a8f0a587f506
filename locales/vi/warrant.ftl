# Phần kiểm tra lệnh: nhân viên ở cửa nhà quý vị nói rằng họ có lệnh.

warrant-q-say-warrant = Các nhân viên có nói là họ có lệnh không?
warrant-q-can-see-it = Họ đã luồn tờ lệnh qua khe dưới cửa, hoặc giơ tờ lệnh lên cửa sổ để quý vị đọc được chưa?
warrant-q-ice-form = Tờ giấy có ghi "Form I-200" hoặc "Form I-205" không? Hoặc tờ giấy đến từ Bộ Nội an (Department of Homeland Security, DHS) hay từ Sở Di trú và Hải quan (ICE), chứ không phải từ tòa án?
warrant-q-judge-signed = Quý vị có thấy tờ giấy đến từ tòa án, và có chữ ký của thẩm phán (judge hoặc magistrate) không? Ví dụ: Tòa án Liên bang Địa hạt (U.S. District Court) hoặc Tòa Thượng thẩm California (California Superior Court).
warrant-q-wrong-address = Lệnh có ghi sai địa chỉ không, tức là một địa chỉ không phải nhà của quý vị?
warrant-q-wrong-person = Lệnh có ghi tên một người không sống ở đây không?

warrant-o-no-warrant = Giữ cửa đóng. Quý vị không phải cho họ vào. Nói chuyện qua cánh cửa đóng. Nói với họ rằng quý vị không đồng ý cho họ vào. Nếu họ xông vào, đừng đánh trả hay chặn họ. Hãy nói rằng quý vị không đồng ý, giữ im lặng, và yêu cầu được gặp luật sư.
warrant-o-no-warrant-say = Tôi không đồng ý cho quý vị vào nhà tôi.

warrant-o-ask-to-see = Hãy yêu cầu họ luồn tờ lệnh qua khe dưới cửa hoặc giơ lên cửa sổ. Đừng mở cửa để đọc. Đôi khi nhân viên nói họ có lệnh nhưng thật ra không có. Giữ cửa đóng cho đến khi quý vị đọc được lệnh. Khi quý vị thấy được lệnh, hãy trả lời lại các câu hỏi này một lần nữa.
warrant-o-ask-to-see-say = Xin vui lòng luồn tờ lệnh qua khe dưới cửa hoặc giơ lên cửa sổ.

warrant-o-ice-warrant = Đây có vẻ là lệnh của Sở Di trú và Hải quan (ICE), còn gọi là lệnh hành chính. Lệnh này do một viên chức ICE ký, không phải thẩm phán. Lệnh này không cho phép nhân viên vào nhà quý vị trừ khi quý vị đồng ý. Đừng mở cửa. Nói với họ rằng quý vị không đồng ý cho họ vào. Nếu họ xông vào, đừng đánh trả hay chặn họ. Hãy nói rằng quý vị không đồng ý, giữ im lặng, và yêu cầu được gặp luật sư.
warrant-o-ice-warrant-say = Tôi không đồng ý cho quý vị vào nhà tôi. Lệnh này không có chữ ký của thẩm phán.

warrant-o-not-judge = Đây không phải là lệnh do thẩm phán ký, hoặc quý vị không thể biết chắc có phải hay không. Đừng mở cửa. Quý vị không phải cho họ vào. Nếu họ xông vào, đừng đánh trả hay chặn họ. Hãy nói rằng quý vị không đồng ý, giữ im lặng, và yêu cầu được gặp luật sư.
warrant-o-not-judge-say = Tôi không đồng ý cho quý vị vào nhà tôi. Xin cho tôi xem lệnh do thẩm phán ký.

warrant-o-wrong-address = Địa chỉ trên lệnh bị sai. Quý vị không phải mở cửa. Giữ cửa đóng. Nếu họ xông vào, đừng đánh trả hay chặn họ. Hãy nói rằng quý vị không đồng ý, giữ im lặng, và yêu cầu được gặp luật sư.
warrant-o-wrong-address-say = Tôi không đồng ý cho quý vị vào nhà tôi.

warrant-o-wrong-person = Lệnh ghi tên một người không sống ở đây. Quý vị không phải mở cửa. Giữ cửa đóng. Quý vị không phải trả lời câu hỏi của họ. Nếu họ xông vào, đừng đánh trả hay chặn họ. Hãy nói rằng quý vị không đồng ý, giữ im lặng, và yêu cầu được gặp luật sư.
warrant-o-wrong-person-say = Tôi không đồng ý cho quý vị vào nhà tôi. Tôi sử dụng quyền giữ im lặng của tôi.

warrant-o-judge-warrant = Đây có thể là lệnh thật do thẩm phán ký. Nếu đúng vậy, nhân viên có thể vào. Lệnh khám xét chỉ cho phép họ khám những nơi ghi trong lệnh, và chỉ tìm những thứ ghi trong lệnh. Lệnh bắt cho phép họ vào để tìm người có tên trong lệnh, nếu họ tin rằng người đó đang ở bên trong. Đừng đánh trả hay chặn họ. Quý vị vẫn có thể giữ im lặng và yêu cầu được gặp luật sư. Đừng ký bất cứ thứ gì cho đến khi quý vị nói chuyện với luật sư. Hãy xem ngày tháng trên lệnh. Nếu lệnh có vẻ đã cũ, hãy hỏi luật sư về việc này.
warrant-o-judge-warrant-say = Tôi sử dụng quyền giữ im lặng của tôi. Tôi muốn nói chuyện với luật sư.
