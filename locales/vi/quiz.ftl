# Bài trắc nghiệm luyện tập: mỗi câu hỏi một khối, sau đó là các lựa chọn và lý do.
# Mỗi câu hỏi kiểm tra một bước của tình huống (content/quiz/<topic>.toml).

## Nhân viên di trú trước cửa nhà

quiz-at-home-door = Nhân viên di trú gõ cửa nhà quý vị. Quý vị nên làm gì?
quiz-at-home-door-a = Mở hé cửa để nói chuyện.
quiz-at-home-door-b = Giữ cửa đóng và nói chuyện qua cánh cửa.
quiz-at-home-door-c = Bước ra ngoài để nói chuyện với họ.
quiz-at-home-door-why = Hãy giữ cửa đóng và nói chuyện qua cánh cửa. Hỏi họ là ai và tại sao họ đến. Việc mở cửa không có nghĩa là quý vị cho phép họ vào, nhưng nói chuyện qua cánh cửa đóng thì an toàn hơn.

quiz-at-home-open = Nhân viên di trú muốn quý vị mở cửa. Trước khi quý vị mở cửa, họ phải cho quý vị xem gì?
quiz-at-home-open-a = Phù hiệu giơ lên cửa sổ.
quiz-at-home-open-b = Bất kỳ tờ giấy nào có chữ "warrant" (lệnh).
quiz-at-home-open-c = Một lệnh do thẩm phán ký phù hợp với nhà này.
quiz-at-home-open-why = Đừng mở cửa, trừ khi họ luồn qua khe dưới cửa hoặc giơ lên cửa sổ cho quý vị xem một lệnh do thẩm phán ký phù hợp với nhà này. Nghĩa là lệnh khám xét ghi địa chỉ này, hoặc lệnh bắt giữ ghi tên một người sống ở đây.

quiz-at-home-silent = Nhân viên di trú hỏi quý vị sinh ra ở đâu. Quý vị có phải trả lời không?
quiz-at-home-silent-a = Không. Quý vị có thể giữ im lặng.
quiz-at-home-silent-b = Có. Quý vị phải trả lời mọi câu hỏi.
quiz-at-home-silent-c = Không, nhưng quý vị phải cho họ biết tình trạng di trú của mình.
quiz-at-home-silent-why = Tu chính án thứ Năm (Fifth Amendment) cho phép quý vị từ chối trả lời câu hỏi. Quý vị không phải nói mình sinh ra ở đâu, tình trạng di trú của mình là gì, hay mình đã đến nước này bằng cách nào. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.

quiz-at-home-forced = Nhân viên di trú xông vào nhà quý vị. Quý vị nên làm gì?
quiz-at-home-forced-a = Chặn họ lại để họ không vào được.
quiz-at-home-forced-b = Đừng đánh trả. Nói rằng quý vị không đồng ý cho họ vào và không đồng ý cho khám xét.
quiz-at-home-forced-c = Trả lời câu hỏi của họ để họ đi sớm hơn.
quiz-at-home-forced-why = Đừng đánh trả hay chặn họ: chống cự có thể đặt quý vị và gia đình vào nguy hiểm. Quý vị vẫn có thể từ chối bằng lời nói. Hãy nói rằng quý vị không đồng ý cho họ vào và không đồng ý cho khám xét, giữ im lặng và yêu cầu được gặp luật sư.

## Kiểm tra lệnh

quiz-warrant-check-say-warrant = Nhân viên di trú nói qua cánh cửa rằng họ có lệnh. Quý vị nên làm gì?
quiz-warrant-check-say-warrant-a = Mở cửa, vì họ đã nói vậy.
quiz-warrant-check-say-warrant-b = Đừng mở cửa. Hãy xem tờ giấy trước.
quiz-warrant-check-say-warrant-c = Mở cửa nếu họ nói họ là cảnh sát.
quiz-warrant-check-say-warrant-why = Đừng mở cửa chỉ vì nhân viên di trú nói họ có lệnh. Đôi khi nhân viên di trú nói họ có lệnh nhưng thật ra không có, hoặc nói họ là cảnh sát. Hãy xem tờ giấy trước.

quiz-warrant-check-judge = Làm sao quý vị biết một tờ giấy là lệnh do thẩm phán ký?
quiz-warrant-check-judge-a = Tờ giấy đến từ tòa án, và thẩm phán đã ký.
quiz-warrant-check-judge-b = Một viên chức ICE đã ký.
quiz-warrant-check-judge-c = Nhân viên di trú nói với quý vị rằng đúng là như vậy.
quiz-warrant-check-judge-why = Hãy xem ai đã ký tờ giấy. Lệnh do thẩm phán ký đến từ một tòa án, ví dụ Tòa án Liên bang Địa hạt (U.S. District Court) hoặc Tòa Thượng thẩm California (California Superior Court). Thẩm phán là người ký lệnh đó.

quiz-warrant-check-ice-form = Tờ giấy là Mẫu I-205 của Sở Di trú và Hải quan (ICE). Đó có phải là lệnh do thẩm phán ký không?
quiz-warrant-check-ice-form-a = Có. Mọi mẫu lệnh đều đến từ thẩm phán.
quiz-warrant-check-ice-form-b = Có, nếu một viên chức ICE đã ký.
quiz-warrant-check-ice-form-c = Không. Mẫu này do một viên chức ICE ký, không phải thẩm phán.
quiz-warrant-check-ice-form-why = Các mẫu đơn của Sở Di trú và Hải quan (ICE), như Mẫu I-200 hoặc Mẫu I-205, do một viên chức ICE ký, không phải thẩm phán. Các nhóm bênh vực di dân nói rằng những mẫu đơn này không cho phép nhân viên di trú vào nhà quý vị khi chưa được quý vị cho phép, nhưng từ năm 2025, ICE nói rằng nhân viên ICE có thể xông vào nhà với Mẫu I-205 để bắt một người đã có quyết định trục xuất cuối cùng (final order of removal), và các tòa án đang xét xử những vụ kiện phản đối điều ICE nói. Nếu nhân viên di trú xông vào, đừng đánh trả hay chặn họ.

quiz-warrant-check-wrong-person = Thẩm phán đã ký một lệnh bắt giữ, nhưng lệnh không ghi tên ai sống trong nhà quý vị. Quý vị có phải mở cửa không?
quiz-warrant-check-wrong-person-a = Có. Bất kỳ lệnh do thẩm phán ký nào cũng cho phép họ vào.
quiz-warrant-check-wrong-person-b = Không. Quý vị không phải mở cửa.
quiz-warrant-check-wrong-person-c = Có, một khi họ luồn lệnh qua khe dưới cửa.
quiz-warrant-check-wrong-person-why = Lệnh bắt giữ không cho phép nhân viên công lực vào nhà của người khác để tìm người có tên trong lệnh. Muốn vậy, họ cần có lệnh khám xét. Nếu lệnh bắt giữ không ghi tên ai sống ở đây, quý vị không phải mở cửa.

## Bị chặn lại ở nơi công cộng

quiz-in-public-free-to-go = Trên đường, quý vị hỏi nhân viên di trú xem quý vị có được tự do rời đi không. Câu trả lời là có. Quý vị có thể làm gì?
quiz-in-public-free-to-go-a = Quý vị phải ở lại và trả lời câu hỏi của họ.
quiz-in-public-free-to-go-b = Bình tĩnh rời đi.
quiz-in-public-free-to-go-c = Chạy đi thật nhanh.
quiz-in-public-free-to-go-why = Nếu câu trả lời là có, hãy bình tĩnh rời đi. Nếu quý vị không bị giữ lại, quý vị không phải ở lại để trả lời câu hỏi. Nếu câu trả lời là không, hãy giữ im lặng và yêu cầu được gặp luật sư.

quiz-in-public-search = Trên đường, một nhân viên công lực muốn khám xét túi xách của quý vị. Quý vị có thể làm gì?
quiz-in-public-search-a = Nói: Tôi không đồng ý cho khám xét.
quiz-in-public-search-b = Giữ chặt túi xách và đánh trả họ.
quiz-in-public-search-c = Không làm gì được. Quý vị không thể từ chối.
quiz-in-public-search-why = Quý vị có quyền từ chối không cho khám xét túi áo, túi quần hay túi xách của quý vị. Nhân viên công lực vẫn có thể vỗ nhẹ bên ngoài quần áo của quý vị để kiểm tra xem có vũ khí không. Nếu họ vẫn khám xét, đừng đánh trả họ.

quiz-in-public-green-card = Quý vị có thẻ xanh (green card) còn hiệu lực. Khi ra ngoài, quý vị nên làm gì?
quiz-in-public-green-card-a = Để thẻ ở nhà cho an toàn.
quiz-in-public-green-card-b = Mang theo, nhưng không đưa cho nhân viên di trú xem khi họ hỏi.
quiz-in-public-green-card-c = Mang theo, và đưa cho nhân viên di trú xem nếu họ hỏi.
quiz-in-public-green-card-why = Luật liên bang quy định người lớn đã được cấp những giấy tờ này phải mang theo và đưa cho nhân viên di trú xem khi được hỏi. Không mang theo là một tội nhẹ (misdemeanor) theo luật liên bang.

quiz-in-public-coffee = Nhân viên di trú bảo quý vị đến văn phòng của họ hoặc "gặp nhau uống cà phê". Quý vị nên làm gì?
quiz-in-public-coffee-a = Đi, để họ thấy quý vị không có gì phải giấu.
quiz-in-public-coffee-b = Đừng đi. Đây có thể là một cái bẫy.
quiz-in-public-coffee-c = Đi, nếu họ có vẻ thân thiện.
quiz-in-public-coffee-why = Đừng đi theo nhân viên di trú đến văn phòng hay đồng ý "gặp nhau uống cà phê". Đây có thể là một cái bẫy.

## Bị chặn xe

quiz-traffic-stop-pull-over = Cảnh sát ra hiệu cho quý vị tấp xe vào lề. Quý vị nên làm gì?
quiz-traffic-stop-pull-over-a = Để máy xe chạy để sẵn sàng đi.
quiz-traffic-stop-pull-over-b = Dừng xe ở chỗ an toàn, tắt máy xe và để tay trên vô lăng.
quiz-traffic-stop-pull-over-c = Thò tay xuống dưới ghế lấy giấy tờ ngay.
quiz-traffic-stop-pull-over-why = Hãy tấp xe vào chỗ an toàn, tắt máy xe, bật đèn trong xe, và để tay trên vô lăng ở chỗ nhân viên công lực nhìn thấy được. Việc này cho nhân viên công lực thấy quý vị không gây nguy hiểm, và giúp mọi người an toàn hơn.

quiz-traffic-stop-who-silent = Cảnh sát chặn xe của quý vị. Ai có thể giữ im lặng?
quiz-traffic-stop-who-silent-a = Chỉ người lái xe.
quiz-traffic-stop-who-silent-b = Chỉ những người ngồi trong xe, không phải người lái.
quiz-traffic-stop-who-silent-c = Người lái xe và tất cả những người ngồi trong xe.
quiz-traffic-stop-who-silent-why = Người lái xe và những người ngồi trong xe đều có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết. Những gì quý vị nói có thể bị dùng để chống lại quý vị tại tòa.

quiz-traffic-stop-car-search = Một nhân viên công lực xin khám xét xe của quý vị. Quý vị có thể nói gì?
quiz-traffic-stop-car-search-a = Tôi không đồng ý cho khám xét xe của tôi.
quiz-traffic-stop-car-search-b = Cứ việc, tôi không có gì phải giấu.
quiz-traffic-stop-car-search-c = Quý vị có thể khám xét nếu sau đó quý vị cho tôi đi.
quiz-traffic-stop-car-search-why = Đừng đồng ý cho khám xét xe. Cảnh sát vẫn có thể khám xét mà không cần quý vị cho phép nếu họ tin rằng có bằng chứng phạm tội. Nếu họ vẫn khám xét, đừng đánh trả họ: chống cự có thể đặt quý vị vào nguy hiểm.

quiz-traffic-stop-passenger = Quý vị là người ngồi trong xe (không phải người lái). Quý vị hỏi xem mình có được tự do rời đi không, và nhân viên công lực nói có. Quý vị có thể làm gì?
quiz-traffic-stop-passenger-a = Quý vị phải ở lại và trả lời câu hỏi.
quiz-traffic-stop-passenger-b = Bình tĩnh rời đi.
quiz-traffic-stop-passenger-c = Bỏ chạy khỏi xe.
quiz-traffic-stop-passenger-why = Nếu quý vị là người ngồi trong xe, hãy hỏi xem quý vị có được tự do rời đi không. Nếu câu trả lời là có, hãy bình tĩnh rời đi. Nếu quý vị không bị giữ lại, quý vị không phải ở lại để trả lời câu hỏi.

## Nhân viên di trú tại nơi làm việc

quiz-at-work-areas = Tại nơi làm việc, Sở Di trú và Hải quan (ICE) được đi vào đâu mà không cần hỏi?
quiz-at-work-areas-a = Khu vực công cộng, như sảnh chờ hoặc bãi đậu xe.
quiz-at-work-areas-b = Nhà bếp hoặc văn phòng.
quiz-at-work-areas-c = Bất kỳ phòng nào, kể cả phòng chỉ dành cho công nhân.
quiz-at-work-areas-why = Sở Di trú và Hải quan (ICE) được đi vào những khu vực công cộng của một cơ sở kinh doanh, như phòng ăn, sảnh chờ hoặc bãi đậu xe, mà không cần hỏi. Để vào những khu vực không công cộng, như nhà bếp, văn phòng hoặc phòng chỉ dành cho công nhân, họ cần chủ lao động cho phép hoặc cần có lệnh do thẩm phán ký. Chỉ riêng việc có mặt ở khu vực công cộng không cho phép nhân viên di trú giữ lại, tra hỏi hay bắt giữ bất kỳ ai.

quiz-at-work-free-to-leave = Tại nơi làm việc, quý vị hỏi nhân viên di trú xem quý vị có được tự do quay lại làm việc không. Câu trả lời là có. Quý vị có thể làm gì?
quiz-at-work-free-to-leave-a = Quý vị phải ở lại và trả lời câu hỏi trước.
quiz-at-work-free-to-leave-b = Chạy ra bằng cửa sau.
quiz-at-work-free-to-leave-c = Nói rằng quý vị không muốn nói chuyện, rồi bình tĩnh quay lại làm việc.
quiz-at-work-free-to-leave-why = Nếu câu trả lời là có, hãy nói rằng quý vị không muốn nói chuyện. Sau đó bình tĩnh quay lại làm việc hoặc rời đi. Nếu quý vị không bị giữ lại, quý vị không phải ở lại để trả lời câu hỏi.

quiz-at-work-groups = Nhân viên di trú bảo công nhân chia thành từng nhóm theo tình trạng di trú. Quý vị có thể làm gì?
quiz-at-work-groups-a = Quý vị phải vào nhóm theo tình trạng của mình.
quiz-at-work-groups-b = Đứng yên tại chỗ.
quiz-at-work-groups-c = Vào một nhóm, vì việc đó không cho họ biết điều gì.
quiz-at-work-groups-why = Quý vị có thể đứng yên tại chỗ. Đi vào một trong những nhóm đó là một cách cho họ biết tình trạng di trú của quý vị, và quý vị không phải cho họ biết tình trạng di trú của mình.

quiz-at-work-search = Nhân viên di trú tại nơi làm việc của quý vị muốn khám xét. Quý vị có thể nói gì?
quiz-at-work-search-a = Tôi không đồng ý cho khám xét.
quiz-at-work-search-b = Cứ việc, tôi không có gì phải giấu.
quiz-at-work-search-c = Quý vị có thể khám xét nếu không hỏi tôi câu nào.
quiz-at-work-search-why = Đừng đồng ý cho khám xét. Quý vị có thể nói to: Tôi không đồng ý cho khám xét.

## Bị cảnh sát bắt

quiz-arrested-used-against = Sau khi bị bắt, những gì quý vị nói có thể bị dùng để chống lại quý vị ở đâu?
quiz-arrested-used-against-a = Chỉ tại tòa hình sự
quiz-arrested-used-against-b = Không ở đâu cả, vì đây là cảnh sát địa phương
quiz-arrested-used-against-c = Tại tòa hình sự và tại tòa di trú
quiz-arrested-used-against-why = Những gì quý vị nói có thể bị dùng để chống lại quý vị tại tòa hình sự và tại tòa di trú. Vì vậy, hãy yêu cầu được gặp luật sư, và đừng quyết định bất cứ điều gì cho đến khi quý vị đã nói chuyện với luật sư.

quiz-arrested-caregiver = Quý vị bị bắt, và quý vị là người chăm sóc chính của một đứa trẻ. Quý vị có thể làm gì?
quiz-arrested-caregiver-a = Cho nhân viên công lực biết về con quý vị
quiz-arrested-caregiver-b = Giấu không cho nhân viên công lực biết
quiz-arrested-caregiver-c = Đợi đến khi được thả rồi mới nói ra
quiz-arrested-caregiver-why = Quý vị có thể cho nhân viên công lực biết quý vị là cha mẹ hoặc người chăm sóc chính của một đứa trẻ, và về bất kỳ nhu cầu y tế nào. Việc đó có thể giúp bảo đảm con quý vị được chăm sóc và nhu cầu sức khỏe của quý vị được biết đến.

quiz-arrested-wrong-arrest = Quý vị nghĩ cảnh sát đang bắt nhầm quý vị. Quý vị nên làm gì?
quiz-arrested-wrong-arrest-a = Bỏ chạy nếu có cơ hội
quiz-arrested-wrong-arrest-b = Đừng bỏ chạy hay đánh trả, ngay cả khi quý vị nghĩ việc đó là sai
quiz-arrested-wrong-arrest-c = Đánh trả để họ thả quý vị ra
quiz-arrested-wrong-arrest-why = Đừng bỏ chạy hoặc đánh trả cảnh sát, ngay cả khi quý vị nghĩ rằng việc bắt giữ là sai.

quiz-arrested-calls = Ở California, sau khi bị bắt, quý vị được gọi bao nhiêu cuộc điện thoại?
quiz-arrested-calls-a = Ít nhất 3 cuộc gọi có người bắt máy
quiz-arrested-calls-b = Chỉ 1 cuộc gọi
quiz-arrested-calls-c = Không cuộc nào cho đến khi gặp thẩm phán
quiz-arrested-calls-why = Bộ luật Hình sự California (California Penal Code), điều 851.5, cho quý vị quyền gọi ít nhất 3 cuộc gọi có người bắt máy. Quý vị được gọi ngay sau khi làm thủ tục lập hồ sơ tạm giam (booking), và không trễ hơn 3 giờ sau khi bị bắt, trừ khi thực tế không thể làm được.

## Bị giữ trong nhà giam địa phương

quiz-in-jail-silent = Trong khi bị giữ, quý vị bị hỏi quý vị sinh ra ở đâu. Quý vị có phải trả lời không?
quiz-in-jail-silent-a = Có, vì quý vị đang ở trong nhà giam
quiz-in-jail-silent-b = Không. Quý vị có thể giữ im lặng, và nói to ra cho họ biết
quiz-in-jail-silent-c = Có, nếu một nhân viên công lực hỏi quý vị
quiz-in-jail-silent-why = Tu chính án thứ Năm (Fifth Amendment) cho phép quý vị từ chối trả lời câu hỏi. Quý vị không phải nói mình sinh ra ở đâu. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.

quiz-in-jail-sign = Trong nhà giam, quý vị được đưa giấy "tự nguyện rời khỏi Hoa Kỳ" (voluntary departure). Quý vị nên làm gì?
quiz-in-jail-sign-a = Ký để được ra sớm hơn
quiz-in-jail-sign-b = Ký nếu nhân viên công lực bảo quý vị ký
quiz-in-jail-sign-c = Đừng ký cho đến khi quý vị đã nói chuyện với luật sư
quiz-in-jail-sign-why = Đừng ký bất cứ thứ gì, nhất là giấy "tự nguyện rời khỏi Hoa Kỳ" (voluntary departure), khi chưa nói chuyện với luật sư.

quiz-in-jail-citizen = Quý vị không phải là công dân Hoa Kỳ. Một nhân viên công lực hỏi quý vị có phải là công dân Hoa Kỳ không. Điều gì là đúng?
quiz-in-jail-citizen-a = Đừng nói mình là công dân Hoa Kỳ
quiz-in-jail-citizen-b = Nói mình là công dân, cho chắc ăn
quiz-in-jail-citizen-c = Đưa ra giấy tờ giả nếu có
quiz-in-jail-citizen-why = Đừng nói dối. Đừng nói mình là công dân Hoa Kỳ nếu quý vị không phải, và đừng đưa ra giấy tờ giả.

quiz-in-jail-interview = Trong nhà giam của thành phố hoặc quận ở California, Sở Di trú và Hải quan (ICE) muốn phỏng vấn quý vị. Quý vị có thể làm gì?
quiz-in-jail-interview-a = Nói chuyện với ICE, vì quý vị đang ở trong nhà giam
quiz-in-jail-interview-b = Từ chối, hoặc chỉ nói chuyện khi có luật sư của mình ở đó
quiz-in-jail-interview-c = Không làm gì được, nhà giam quyết định thay quý vị
quiz-in-jail-interview-why = Cuộc phỏng vấn là tự nguyện. Quý vị có thể từ chối, hoặc nói rằng quý vị chỉ nói chuyện khi có luật sư của mình ở đó. Những gì quý vị nói với Sở Di trú và Hải quan (ICE) có thể bị dùng để chống lại quý vị tại tòa di trú.

## Bị ICE giam giữ

quiz-ice-detention-free-help = Sở Di trú và Hải quan (ICE) đang giam giữ quý vị và quý vị không có luật sư. Quý vị có thể xin nhân viên trại giam điều gì?
quiz-ice-detention-free-help-a = Không gì cả, quý vị phải tự tìm luật sư một mình
quiz-ice-detention-free-help-b = Không gì cả cho đến ngày ra tòa
quiz-ice-detention-free-help-c = Danh sách các dịch vụ pháp lý miễn phí (pro bono)
quiz-ice-detention-free-help-why = Nếu quý vị không có luật sư, hãy xin nhân viên trại giam danh sách các dịch vụ pháp lý miễn phí. Trong các vụ di trú, chính phủ thường không trả tiền luật sư cho quý vị. Các tổ chức trong danh sách giúp đỡ pháp lý miễn phí.

quiz-ice-detention-phone = Khi dùng điện thoại trong trại giam, quý vị không nên nói về điều gì?
quiz-ice-detention-phone-a = Tình trạng di trú của quý vị hoặc nơi quý vị sinh ra
quiz-ice-detention-phone-b = Không có gì, vì các cuộc gọi này là riêng tư
quiz-ice-detention-phone-c = Không có gì, nếu quý vị nói tiếng mẹ đẻ
quiz-ice-detention-phone-why = Các cuộc gọi bằng điện thoại trong trại giam có thể bị nghe. Vì vậy, đừng nói về tình trạng di trú của quý vị hoặc nơi quý vị sinh ra qua những điện thoại đó.

quiz-ice-detention-locator = Gia đình quý vị cần gì để tìm quý vị bằng công cụ Online Detainee Locator của Sở Di trú và Hải quan (ICE)?
quiz-ice-detention-locator-a = Chỉ tên của quý vị (không có họ)
quiz-ice-detention-locator-b = Số A (A-number) hoặc tên chính xác của quý vị, và nước nơi quý vị sinh ra
quiz-ice-detention-locator-c = Chỉ nước nơi quý vị sinh ra
quiz-ice-detention-locator-why = Gia đình cần số A (A-number) và nước nơi quý vị sinh ra, hoặc tên và nước nơi quý vị sinh ra. Tên phải khớp chính xác với hồ sơ của Sở Di trú và Hải quan (ICE). Công cụ này tìm được những người từ 18 tuổi trở lên.

quiz-ice-detention-departure = Sở Di trú và Hải quan (ICE) đề nghị cho quý vị tự nguyện rời khỏi Hoa Kỳ (voluntary departure). Quý vị nên làm gì trước tiên?
quiz-ice-detention-departure-a = Đồng ý ngay cho xong chuyện
quiz-ice-detention-departure-b = Để nhân viên ICE quyết định thay quý vị
quiz-ice-detention-departure-c = Nói chuyện với luật sư trước khi đồng ý
quiz-ice-detention-departure-why = Đừng đồng ý tự nguyện rời khỏi Hoa Kỳ (voluntary departure), hoặc quyết định bất cứ điều gì khác về vụ của quý vị, trước khi nói chuyện với luật sư.

## Ra tòa

quiz-in-court-case-line = Điều gì đúng về đường dây tự động về hồ sơ của tòa di trú?
quiz-in-court-case-line-a = Đường dây do các nhóm bênh vực di dân đứng về phía quý vị điều hành
quiz-in-court-case-line-b = Đường dây cần số A, và do chính phủ điều hành
quiz-in-court-case-line-c = Quý vị có thể dùng đường dây mà không cần số A
quiz-in-court-case-line-why = Để biết thông tin về một vụ, hãy chuẩn bị sẵn số A (A-number) của người đó. Đường dây tự động cần số A. Đường dây này do chính phủ điều hành, không phải do các nhóm bênh vực di dân.

quiz-in-court-lawyer = Quý vị có một vụ ở tòa di trú. Quý vị có thể làm gì về luật sư?
quiz-in-court-lawyer-a = Xin nói chuyện với luật sư, và sẵn sàng tự tìm luật sư
quiz-in-court-lawyer-b = Chờ, vì tòa sẽ cử cho quý vị một luật sư miễn phí
quiz-in-court-lawyer-c = Đi mà không có luật sư, vì quý vị không được xin luật sư
quiz-in-court-lawyer-why = Quý vị có thể xin nói chuyện với luật sư. Trong các vụ di trú, chính phủ thường không trả tiền luật sư cho quý vị, nên quý vị có thể phải tự tìm luật sư.

quiz-in-court-free-help = Quý vị có thể tìm trợ giúp pháp lý miễn phí cho một vụ di trú ở đâu?
quiz-in-court-free-help-a = Không ở đâu cả, vì trợ giúp pháp lý thì phải tốn tiền
quiz-in-court-free-help-b = Chỉ sau khi vụ của quý vị đã kết thúc
quiz-in-court-free-help-c = Các danh bạ trên mạng, và danh sách các nơi cung cấp dịch vụ pháp lý miễn phí của tòa
quiz-in-court-free-help-why = Quý vị có thể tìm trên mạng trong hai danh bạ toàn quốc về các dịch vụ pháp lý miễn phí và chi phí thấp. Tòa di trú cũng có danh sách các nơi cung cấp dịch vụ pháp lý miễn phí (pro bono). Nếu quý vị bị giam giữ và không có luật sư, hãy xin nhân viên trại giam danh sách đó.

quiz-in-court-state-case = Quý vị có một vụ hình sự tại tòa án tiểu bang California. Vụ đó có thể ảnh hưởng đến vấn đề di trú không?
quiz-in-court-state-case-a = Không, tòa án tiểu bang không liên quan gì đến di trú
quiz-in-court-state-case-b = Có, một số kết quả có thể gây hại cho tình trạng di trú của quý vị, nên hãy hỏi luật sư di trú
quiz-in-court-state-case-c = Chỉ khi quý vị nói về di trú tại tòa
quiz-in-court-state-case-why = Đừng nghĩ rằng một vụ ở tòa tiểu bang không liên quan gì đến di trú. Một số kết quả hình sự có thể gây hại cho tình trạng di trú của quý vị. Hãy hỏi luật sư di trú.

## Tại trường học hoặc bệnh viện

quiz-school-hospital-records = Nhân viên di trú xin một trường học ở California thông tin về học sinh. Nhân viên di trú phải có gì trước?
quiz-school-hospital-records-a = Lệnh do thẩm phán ký
quiz-school-hospital-records-b = Một tờ giấy do viên chức ICE ký
quiz-school-hospital-records-c = Không cần gì, họ chỉ cần hỏi
quiz-school-hospital-records-why = Theo AB 49, trường học không được cung cấp cho nhân viên di trú thông tin về học sinh, gia đình hoặc nhân viên nhà trường, trừ khi nhân viên di trú có lệnh do thẩm phán ký. Một tờ giấy do viên chức của Sở Di trú và Hải quan (ICE) ký, mà không phải do thẩm phán ký, thì không phải là lệnh do thẩm phán ký.

quiz-school-hospital-clinic-areas = Theo luật SB 81 của California, phòng khám và bệnh viện phải làm gì?
quiz-school-hospital-clinic-areas-a = Cho nhân viên di trú vào bất kỳ khu vực nào họ yêu cầu
quiz-school-hospital-clinic-areas-b = Chỉ không cho nhân viên di trú vào phòng chờ
quiz-school-hospital-clinic-areas-c = Không cho nhân viên di trú vào những khu vực không công cộng nếu không có lệnh do thẩm phán ký hoặc án lệnh của tòa án
quiz-school-hospital-clinic-areas-why = Phòng khám và bệnh viện phải chọn ra những khu vực nào của họ không mở cửa cho công chúng. Họ phải không cho nhân viên di trú vào những khu vực đó, trừ khi nhân viên di trú có lệnh do thẩm phán ký hoặc án lệnh của tòa án.

quiz-school-hospital-emergency = Quý vị cần chữa trị cấp cứu ở California, nhưng quý vị sợ vì tình trạng di trú của mình. Quý vị nên làm gì?
quiz-school-hospital-emergency-a = Ở nhà cho đến khi có giấy tờ
quiz-school-hospital-emergency-b = Đi chữa trị cấp cứu mà quý vị cần
quiz-school-hospital-emergency-c = Bỏ qua, vì việc chữa trị tùy thuộc vào tình trạng di trú của quý vị
quiz-school-hospital-emergency-why = Hãy đi chữa trị cấp cứu khi quý vị cần. Bộ trưởng Tư pháp tiểu bang California (Attorney General) nói rằng quý vị có thể được chữa trị cấp cứu bất kể tình trạng di trú của quý vị là gì.

quiz-school-hospital-with-warrant = Những luật này của California có giữ được mọi nhân viên di trú tránh xa trường học và bệnh viện không?
quiz-school-hospital-with-warrant-a = Không, nhân viên di trú có lệnh do thẩm phán ký hoặc án lệnh của tòa án vẫn có thể vào
quiz-school-hospital-with-warrant-b = Có, nhân viên di trú hoàn toàn không được vào
quiz-school-hospital-with-warrant-c = Có, trừ khi nhân viên di trú mặc đồng phục
quiz-school-hospital-with-warrant-why = Đừng chỉ trông cậy vào những luật này để giữ nhân viên di trú tránh xa. Nhân viên di trú có lệnh do thẩm phán ký, hoặc có án lệnh của tòa án, vẫn có thể vào.

## Gần biên giới

quiz-border-zone-checkpoint = Tại trạm kiểm soát của Tuần tra Biên giới (Border Patrol), nhân viên di trú hỏi quý vị. Quý vị có thể làm gì?
quiz-border-zone-checkpoint-a = Quý vị phải trả lời, vì quý vị đang ở gần biên giới
quiz-border-zone-checkpoint-b = Giữ bình tĩnh, để tay ở chỗ họ nhìn thấy, và quý vị có thể giữ im lặng
quiz-border-zone-checkpoint-c = Giấu tay đi và cãi vã với nhân viên di trú
quiz-border-zone-checkpoint-why = Hiến pháp vẫn áp dụng tại các trạm kiểm soát của Tuần tra Biên giới (Border Patrol), kể cả quyền không trả lời câu hỏi của quý vị. Hãy giữ bình tĩnh và để tay ở chỗ nhân viên di trú có thể nhìn thấy. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.

quiz-border-zone-car-search = Nhân viên Tuần tra Biên giới (Border Patrol) muốn khám xét xe của quý vị. Quý vị nên làm gì?
quiz-border-zone-car-search-a = Nói "Tôi không đồng ý cho khám xét xe của tôi", và đừng đánh trả nếu họ vẫn khám xét
quiz-border-zone-car-search-b = Đồng ý cho khám xét, vì ở gần biên giới quý vị không có quyền gì
quiz-border-zone-car-search-c = Chặn cửa xe để họ không khám xét được
quiz-border-zone-car-search-why = Đừng đồng ý cho khám xét xe của quý vị. Trong vùng 100 dặm, Tuần tra Biên giới (Border Patrol) cần có lệnh hoặc có căn cứ hợp lý (probable cause) thì mới được khám xét xe. Nếu họ vẫn khám xét, đừng đánh trả họ.

quiz-border-zone-port-search = Quý vị nhập cảnh vào Hoa Kỳ tại một sân bay. Nhân viên công lực có thể khám xét hành lý của quý vị mà không cần lệnh không?
quiz-border-zone-port-search-a = Không, họ phải có lệnh trước
quiz-border-zone-port-search-b = Chỉ khi quý vị không phải là công dân Hoa Kỳ
quiz-border-zone-port-search-c = Có, ở đó việc khám xét thông thường không cần lệnh hay lý do
quiz-border-zone-port-search-why = Sân bay, cửa khẩu đường bộ và cảng biển là cửa khẩu nhập cảnh (ports of entry). Ở đó, nhân viên công lực không cần lệnh hay lý do để khám xét thông thường, kể cả đối với công dân Hoa Kỳ và người có thẻ xanh (green card). Các quy định ở biên giới rất phức tạp: nếu quý vị lo lắng, hãy hỏi luật sư trước khi đi xa.

quiz-border-zone-phone-password = Tại cửa khẩu nhập cảnh, một nhân viên công lực hỏi mật khẩu điện thoại của quý vị. Điều gì là đúng?
quiz-border-zone-phone-password-a = Quý vị phải đưa, nếu không là phạm luật
quiz-border-zone-phone-password-b = Quý vị không phải đưa, nhưng từ chối có thể không ngăn được việc khám xét
quiz-border-zone-phone-password-c = Nếu quý vị từ chối, họ phải trả lại điện thoại cho quý vị ngay
quiz-border-zone-phone-password-why = Quý vị không phải đưa mật khẩu, nhưng từ chối có thể không ngăn được việc khám xét. Nếu quý vị không mở khóa thiết bị, nhân viên công lực có thể giữ thiết bị trong nhiều tuần. Hành khách không phải là công dân Hoa Kỳ hoặc người có thẻ xanh (green card) có thể bị từ chối cho nhập cảnh.

## Quay phim nhân viên di trú

quiz-recording-right = Quý vị có thể quay phim nhân viên di trú đang làm nhiệm vụ ở nơi công cộng không?
quiz-recording-right-a = Không, quay phim nhân viên di trú ở nơi công cộng là trái luật
quiz-recording-right-b = Có, và quý vị có thể đứng gần bao nhiêu tùy ý
quiz-recording-right-c = Có, từ chỗ quý vị được phép đứng, ở khoảng cách an toàn
quiz-recording-right-why = Các tòa án liên bang nói rằng mọi người có quyền theo Tu chính án thứ nhất (First Amendment) để quay phim cảnh sát đang làm nhiệm vụ ở nơi công cộng, và lập luận tương tự cũng được dùng cho nhân viên di trú. Hãy ở chỗ quý vị được phép đứng, giữ khoảng cách an toàn, và đừng cản đường họ.

quiz-recording-move-back = Trong khi quý vị quay phim, một nhân viên di trú ra lệnh cho quý vị lùi lại. Quý vị nên làm gì?
quiz-recording-move-back-a = Lùi lại và tiếp tục quay từ xa hơn
quiz-recording-move-back-b = Đứng yên tại chỗ, vì quý vị có quyền quay phim
quiz-recording-move-back-c = Bước lại gần hơn để cho họ thấy quý vị đang quay
quiz-recording-move-back-why = Nhân viên di trú có thể yêu cầu quý vị lùi lại vì lý do an toàn một cách hợp pháp. Nếu quý vị từ chối, quý vị có thể bị bắt. Quý vị có thể tiếp tục quay từ xa hơn.

quiz-recording-phone = Một nhân viên công lực muốn xem điện thoại của quý vị và bảo quý vị xóa video. Quý vị có thể làm gì?
quiz-recording-phone-a = Quý vị phải mở khóa điện thoại và xóa video
quiz-recording-phone-b = Quý vị có thể từ chối: quý vị không phải mở khóa điện thoại hay xóa video của mình
quiz-recording-phone-c = Đánh trả để giữ điện thoại nếu họ lấy
quiz-recording-phone-why = Nguồn của chúng tôi, một bản tóm tắt lời khuyên của Electronic Frontier Foundation (EFF), nói rằng nếu không có lệnh, nhân viên công lực không nên khám xét điện thoại của quý vị, bắt quý vị xóa video, hoặc bắt quý vị mở khóa điện thoại. Nếu nhân viên công lực vẫn lấy điện thoại của quý vị, đừng đánh trả họ. Điểm này cần được luật sư kiểm tra cho trường hợp riêng của quý vị.

quiz-recording-camera = Quý vị nên hướng máy quay vào đâu?
quiz-recording-camera-a = Vào nhân viên di trú
quiz-recording-camera-b = Vào người mà nhân viên di trú đang giữ
quiz-recording-camera-c = Chỗ nào cũng được. Không quan trọng.
quiz-recording-camera-why = Hãy hướng máy quay vào nhân viên di trú, không phải vào người mà họ đang giữ. Điều này bảo vệ quyền riêng tư của người đang bị giữ.

## Lập kế hoạch cho gia đình

quiz-family-plan-numbers = Quý vị nên giữ số điện thoại của một người quý vị tin tưởng và của một luật sư bằng cách nào?
quiz-family-plan-numbers-a = Chỉ lưu trong điện thoại
quiz-family-plan-numbers-b = Học thuộc lòng
quiz-family-plan-numbers-c = Quý vị không cần những số này
quiz-family-plan-numbers-why = Hãy học thuộc lòng những số này. Nếu quý vị bị giam giữ, quý vị có thể sẽ không có điện thoại bên mình.

quiz-family-plan-a-number = Nếu quý vị có số A (A-number), quý vị nên làm gì với số đó?
quiz-family-plan-a-number-a = Giấu không cho gia đình biết
quiz-family-plan-a-number-b = Không làm gì, gia đình sẽ không cần đến số đó
quiz-family-plan-a-number-c = Nhớ số đó, và viết ra ở chỗ gia đình có thể tìm thấy
quiz-family-plan-a-number-why = Nếu quý vị là người lớn và bị giam giữ, gia đình có thể tìm quý vị trên công cụ tìm người bị giam trên mạng của Sở Di trú và Hải quan (ICE) bằng số A (A-number) và nước nơi quý vị sinh ra. Đường dây về hồ sơ của tòa di trú cũng hỏi số A.

quiz-family-plan-pickup = Một ngày nào đó quý vị có thể không đón con được. Bây giờ quý vị nên làm gì?
quiz-family-plan-pickup-a = Không làm gì. Sẽ có người biết phải làm gì.
quiz-family-plan-pickup-b = Quyết định ai có thể đón các con, và viết ra giấy.
quiz-family-plan-pickup-c = Đợi đến khi chuyện xảy ra rồi mới quyết định.
quiz-family-plan-pickup-why = Hãy quyết định ai có thể đón con quý vị nếu quý vị không đón được, và viết điều đó ra giấy. Như vậy, những người quý vị tin tưởng sẽ biết phải làm gì nếu quý vị không về nhà.

quiz-family-plan-when = Khi nào quý vị nên lập kế hoạch cho gia đình?
quiz-family-plan-when-a = Khi nhân viên di trú đến trước cửa nhà
quiz-family-plan-when-b = Khi quý vị thấy nhân viên di trú trong khu vực của mình
quiz-family-plan-when-c = Ngay bây giờ, trước khi có chuyện xảy ra
quiz-family-plan-when-why = Đừng đợi đến khi nhân viên di trú đến rồi mới lập kế hoạch. Hãy chuẩn bị cho gia đình quý vị trước khi có chuyện xảy ra.

quiz-family-plan-ct-guardian = Ở Connecticut, quý vị có thể chỉ định người giám hộ dự phòng (standby guardian) cho con bằng cách nào?
quiz-family-plan-ct-guardian-a = Chỉ qua luật sư và tòa án
quiz-family-plan-ct-guardian-b = Bằng bộ tài liệu Family Preparedness Plan (Kế hoạch Chuẩn bị cho Gia đình) của tiểu bang, không tốn tiền
quiz-family-plan-ct-guardian-c = Bằng cách trả lệ phí cho tiểu bang
quiz-family-plan-ct-guardian-why = Connecticut đã soạn bộ tài liệu Family Preparedness Plan (Kế hoạch Chuẩn bị cho Gia đình) cho cha mẹ, để chỉ định người giám hộ dự phòng phòng khi quý vị bị giam giữ hoặc bị trục xuất. Quý vị có thể chỉ định người giám hộ dự phòng mà không cần luật sư, không cần ra tòa và không tốn tiền.

## Lừa đảo về di trú

quiz-scams-who-advises = Ai được phép tư vấn pháp lý cho quý vị về di trú?
quiz-scams-who-advises-a = Luật sư có giấy phép hành nghề, hoặc người đại diện được Bộ Tư pháp Hoa Kỳ công nhận (accredited representative)
quiz-scams-who-advises-b = Bất kỳ "notario" nào
quiz-scams-who-advises-c = Bất kỳ ai điền đơn di trú
quiz-scams-who-advises-why = Chỉ luật sư có giấy phép hành nghề hoặc người đại diện được Bộ Tư pháp Hoa Kỳ công nhận mới được phép tư vấn pháp lý về di trú.

quiz-scams-consultant = Một người làm dịch vụ tư vấn mà không phải là luật sư đề nghị giúp quý vị. Họ được làm gì?
quiz-scams-consultant-a = Bảo quý vị phải làm gì trong vụ của quý vị
quiz-scams-consultant-b = Chỉ điền đơn và dịch giấy tờ
quiz-scams-consultant-c = Tư vấn pháp lý cho quý vị nếu quý vị trả thêm tiền
quiz-scams-consultant-why = Người làm dịch vụ tư vấn mà không phải là luật sư chỉ được điền đơn và dịch giấy tờ. Họ không được bảo quý vị phải làm gì trong vụ của quý vị. Trước khi trả tiền cho bất kỳ ai, hãy hỏi họ có phải là luật sư hoặc người đại diện được công nhận không.

quiz-scams-text = Quý vị nhận được tin nhắn nói rằng tình trạng di trú của quý vị có vấn đề. Quý vị nên làm gì?
quiz-scams-text-a = Trả số tiền họ đòi, để giải quyết cho nhanh
quiz-scams-text-b = Gửi thông tin cá nhân để họ kiểm tra
quiz-scams-text-c = Không đưa tiền hay thông tin cá nhân, và hỏi lại luật sư riêng của quý vị
quiz-scams-text-why = Nếu có người gọi điện, nhắn tin hoặc gửi email về một vấn đề với tình trạng di trú của quý vị, đừng đưa tiền hoặc thông tin cá nhân cho họ. Bộ trưởng Tư pháp tiểu bang California (Attorney General) cảnh báo mọi người không nên làm điều này. Hãy hỏi lại luật sư riêng của quý vị.

quiz-scams-free-help = Ở California, quý vị có thể tìm các tổ chức trợ giúp pháp lý di trú miễn phí ở đâu?
quiz-scams-free-help-a = Không ở đâu cả, quý vị phải trả tiền để được trợ giúp pháp lý
quiz-scams-free-help-b = Trong các danh sách của Sở Xã hội California (California Department of Social Services)
quiz-scams-free-help-c = Từ một "notario", có trả phí
quiz-scams-free-help-why = Tiểu bang California trả tiền cho các tổ chức bất vụ lợi để cung cấp dịch vụ pháp lý di trú miễn phí. Sở Xã hội California (California Department of Social Services) có đăng danh sách các tổ chức cung cấp trợ giúp này.

## Tin đồn và tin báo thấy nhân viên di trú

quiz-rumors-check = Quý vị thấy một bài đăng nói rằng có nhân viên di trú ở một cửa hàng gần quý vị. Quý vị nên làm gì trước khi chia sẻ?
quiz-rumors-check-a = Chia sẻ ngay, phòng khi có chuyện
quiz-rumors-check-b = Kiểm tra xem tin đó có đúng không
quiz-rumors-check-c = Chia sẻ bây giờ rồi kiểm tra sau
quiz-rumors-check-why = Trước khi chia sẻ tin tức về nhân viên di trú, hãy kiểm tra xem tin đó có đúng không. Một bài đăng chưa ai kiểm tra có thể sai, và có thể gây sợ hãi.

quiz-rumors-call = Quý vị thấy nhân viên di trú ở gần. Điều gì là nên làm?
quiz-rumors-call-a = Đăng lên mạng ngay
quiz-rumors-call-b = Không nói với ai, vì không ai nhận những tin báo này
quiz-rumors-call-c = Gọi đường dây phản ứng nhanh của quận
quiz-rumors-call-why = Đường dây phản ứng nhanh nhận tin báo về nhân viên di trú ở gần, và giúp những người cần giúp đỡ. Hãy gọi đường dây này thay vì đăng lên mạng. Quý vị có thể tìm đường dây này trong phần tìm trợ giúp của ứng dụng này.

quiz-rumors-document = Quý vị thấy nhân viên di trú và muốn ghi lại. Quý vị nên làm thế nào?
quiz-rumors-document-a = Nếu an toàn, quay phim hoặc ghi lại những gì quý vị thấy, và giữ khoảng cách
quiz-rumors-document-b = Đến thật gần để video rõ ràng
quiz-rumors-document-c = Đứng chắn đường nhân viên di trú để họ phải dừng lại
quiz-rumors-document-why = Việc ghi lại những gì đã xảy ra có thể giúp ích về sau. Chỉ làm khi an toàn, và giữ khoảng cách. Cản trở nhân viên di trú có thể khiến quý vị bị bắt.

quiz-rumors-numbers = Những số điện thoại trợ giúp mà quý vị chia sẻ nên đến từ đâu?
quiz-rumors-numbers-a = Bài đăng của một người quý vị không quen biết
quiz-rumors-numbers-b = Một nguồn quý vị tin tưởng, như mạng lưới phản ứng nhanh tại địa phương
quiz-rumors-numbers-c = Số điện thoại của Bộ An ninh Nội địa (DHS) dùng để báo cáo người khác cho ICE
quiz-rumors-numbers-why = Chỉ chia sẻ những số điện thoại trợ giúp đến từ nguồn quý vị tin tưởng, như mạng lưới phản ứng nhanh tại địa phương. Bộ An ninh Nội địa (DHS) có một số điện thoại để công chúng báo cáo người khác cho Sở Di trú và Hải quan (ICE). Đó không phải là đường dây trợ giúp.
