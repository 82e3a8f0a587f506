# Tình huống 9 đến 15. Lời lẽ đơn giản, câu ngắn, mỗi bước một việc.
# Không bao giờ ghi số điện thoại trong nội dung văn bản.

## Tại tòa án

in-court-title = Ra tòa
in-court-summary = Quý vị có một vụ việc tại tòa án tiểu bang hoặc tại tòa di trú.

in-court-state-court-do = Hãy biết rằng tòa án tiểu bang California không quyết định tình trạng di trú của quý vị.
in-court-state-court-why = Dù vậy, những gì xảy ra trong một vụ ở tòa tiểu bang có thể ảnh hưởng đến hồ sơ di trú của quý vị. Một số kết quả có thể giúp quý vị. Một số có thể gây hại cho quý vị.

in-court-ask-immigration-lawyer-do = Nếu quý vị có một vụ ở tòa tiểu bang, hãy bàn về vụ đó với cả một luật sư di trú.
in-court-ask-immigration-lawyer-why = Một số việc ở tòa tiểu bang có thể giúp ích, như các phán quyết SIJS (diện Thanh thiếu niên Nhập cư Đặc biệt) cho người trẻ, hoặc các việc dành cho nạn nhân tội phạm. Một số kết quả trong vụ hình sự có thể gây hại cho tình trạng di trú của quý vị.

in-court-case-information-do = Để biết thông tin về một vụ ở tòa di trú, hãy chuẩn bị sẵn số A (A-number) của người đó. Đường dây tự động về hồ sơ của tòa có trong phần tìm trợ giúp của ứng dụng này.
in-court-case-information-why = Đường dây tự động cần số A (A-number). Đường dây này do chính phủ điều hành, không phải do các nhóm bênh vực di dân.

in-court-ask-for-lawyer-do = Quý vị có thể xin nói chuyện với luật sư.
in-court-ask-for-lawyer-say = Tôi muốn nói chuyện với luật sư.
in-court-ask-for-lawyer-why = Trong các vụ di trú, chính phủ thường không trả tiền luật sư cho quý vị. Quý vị có thể phải tự tìm luật sư.

in-court-free-legal-help-do = Hãy tìm trợ giúp pháp lý miễn phí. Quý vị có thể tìm trên mạng trong hai danh bạ toàn quốc về các dịch vụ pháp lý miễn phí và chi phí thấp (các đường liên kết đi kèm bước này). Tòa di trú cũng có danh sách các nơi cung cấp dịch vụ pháp lý miễn phí (pro bono).
in-court-free-legal-help-why = Những danh sách này có thể giúp quý vị tìm trợ giúp pháp lý miễn phí. Nếu quý vị bị giam giữ và không có luật sư, hãy xin nhân viên trại giam danh sách các nơi cung cấp dịch vụ pháp lý miễn phí.

in-court-dont-ignore-state-case = Đừng nghĩ rằng một vụ ở tòa tiểu bang không liên quan gì đến di trú. Một số kết quả hình sự có thể gây hại cho tình trạng di trú của quý vị. Hãy hỏi luật sư di trú.

## Tại trường học hoặc bệnh viện

school-hospital-title = Tại trường học hoặc bệnh viện
school-hospital-summary = Nhân viên di trú đến trường học, phòng khám hoặc bệnh viện.

school-hospital-school-private-areas-do = Hãy biết luật về trường học. Nhân viên di trú không được vào những khu vực của trường không mở cửa cho công chúng, trừ khi họ xuất trình giấy tờ tùy thân hợp lệ và một lệnh (warrant), trát đòi hầu tòa (subpoena) hoặc án lệnh do thẩm phán hoặc tòa án cấp.
school-hospital-school-private-areas-why = Luật này của California có tên là AB 49. Luật được ký ngày 20 tháng 9 năm 2025.

school-hospital-school-records-do = Hãy biết rằng trường học không được cung cấp cho nhân viên di trú thông tin về học sinh, gia đình hoặc nhân viên nhà trường, trừ khi nhân viên di trú có lệnh do thẩm phán ký.
school-hospital-school-records-why = AB 49 cũng bảo vệ những thông tin này. Một tờ giấy do viên chức của Sở Di trú và Hải quan (ICE) ký, mà không phải do thẩm phán ký, thì không phải là lệnh do thẩm phán ký.

school-hospital-school-notice-do = Hãy để ý tin nhắn từ trường của con quý vị. Khi trường xác nhận có nhân viên di trú trong khuôn viên trường, trường phải báo cho phụ huynh, học sinh và nhân viên nhà trường.
school-hospital-school-notice-why = Luật này của California có tên là SB 98. Các trường phải thêm bước này vào kế hoạch an toàn của mình chậm nhất là ngày 1 tháng 3 năm 2026. Quy định này có hiệu lực đến ngày 1 tháng 1 năm 2031.

school-hospital-health-private-areas-do = Hãy biết luật về chăm sóc sức khỏe. Phòng khám và bệnh viện phải chọn ra những khu vực nào của họ không mở cửa cho công chúng. Họ phải không cho nhân viên di trú vào những khu vực đó, trừ khi nhân viên di trú có lệnh do thẩm phán ký hoặc án lệnh của tòa án.
school-hospital-health-private-areas-why = Luật này của California có tên là SB 81. Luật này cũng coi tình trạng di trú của quý vị là một phần trong hồ sơ y tế của quý vị.

school-hospital-emergency-care-do = Hãy đi chữa trị cấp cứu khi quý vị cần.
school-hospital-emergency-care-why = Bộ trưởng Tư pháp tiểu bang California (Attorney General) nói rằng quý vị có thể được chữa trị cấp cứu bất kể tình trạng di trú của quý vị là gì.

school-hospital-dont-public-areas = Đừng nghĩ rằng những luật này áp dụng cho mọi nơi trong trường học hoặc bệnh viện. Các luật này nói về những khu vực không mở cửa cho công chúng.
school-hospital-dont-count-on-agents = Đừng chỉ trông cậy vào những luật này để giữ nhân viên di trú tránh xa. Nhân viên di trú có lệnh do thẩm phán ký, hoặc có án lệnh của tòa án, vẫn có thể vào.
school-hospital-dont-skip-care = Đừng tránh đi cấp cứu vì tình trạng di trú của quý vị.

## Gần biên giới

border-zone-title = Gần biên giới
border-zone-summary = Trạm kiểm soát của Tuần tra Biên giới (Border Patrol), và sân bay hoặc cửa khẩu biên giới nơi quý vị nhập cảnh vào Hoa Kỳ.

border-zone-hundred-mile-zone-do = Hãy biết rằng nhân viên biên giới nói họ có thêm quyền hạn trong phạm vi 100 dặm tính từ bất kỳ biên giới nào của Hoa Kỳ, kể cả bờ biển. Hầu hết các thành phố lớn của California nằm trong vùng này.
border-zone-hundred-mile-zone-why = Một đạo luật liên bang, 8 U.S.C. §1357(a)(3), cho phép các nhân viên biên giới này hoạt động trong "khoảng cách hợp lý" tính từ biên giới, và một quy định liên bang ấn định khoảng cách đó là 100 dặm đường chim bay. Trong vùng này, Hiến pháp vẫn bảo vệ quý vị. Nguồn của chúng tôi cho điểm này là các bản sao của một tờ thông tin của ACLU, không phải trang của chính ACLU, và các quy định ở biên giới rất phức tạp: hãy hỏi luật sư về trường hợp của quý vị.

border-zone-checkpoint-silent-do = Tại trạm kiểm soát của Tuần tra Biên giới (Border Patrol), hãy giữ bình tĩnh và để tay ở chỗ nhân viên di trú có thể nhìn thấy. Quý vị có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.
border-zone-checkpoint-silent-why = Tuần tra Biên giới (Border Patrol) được phép lập các trạm kiểm soát di trú. Nhưng Hiến pháp vẫn áp dụng ở đó, kể cả quyền không trả lời câu hỏi của quý vị.

border-zone-papers-do = Tại trạm kiểm soát, hoặc ở bất cứ nơi nào gần biên giới, nếu quý vị có giấy tờ di trú hợp lệ, như thẻ xanh (green card) hay giấy phép làm việc, hãy mang theo và đưa cho nhân viên di trú xem khi họ hỏi. Nếu quý vị không có giấy tờ, quý vị có thể giữ im lặng. Đừng nói dối, và không bao giờ đưa ra giấy tờ giả hoặc giấy tờ của nước khác.
border-zone-papers-why = Luật liên bang quy định người lớn đã được cấp những giấy tờ này phải mang theo. Không mang theo là một tội nhẹ (misdemeanor) theo luật liên bang. Từ năm 2025, Cơ quan Hải quan và Bảo vệ Biên giới (CBP) đã và đang nhắc mọi người về quy định này. Nguồn của chúng tôi cho các chi tiết này là trang của các văn phòng luật và các bản tin: hãy hỏi luật sư xem điều này có ý nghĩa gì đối với giấy tờ của quý vị.

border-zone-refuse-search-do = Đừng đồng ý cho khám xét xe của quý vị. Nếu họ vẫn khám xét, đừng đánh trả họ.
border-zone-refuse-search-say = Tôi không đồng ý cho khám xét xe của tôi.
border-zone-refuse-search-why = Trong vùng này, Tuần tra Biên giới (Border Patrol) cần có nghi ngờ hợp lý (reasonable suspicion) về một vi phạm di trú hoặc một tội phạm thì mới được chặn xe lại. Để khám xét xe, họ cần có lệnh hoặc có căn cứ hợp lý (probable cause).

border-zone-ports-of-entry-do = Khi quý vị nhập cảnh vào Hoa Kỳ tại sân bay, cửa khẩu đường bộ hoặc cảng biển, hãy biết trước rằng nhân viên công lực có thể khám xét hành lý và xe của quý vị.
border-zone-ports-of-entry-why = Những nơi này được gọi là cửa khẩu nhập cảnh (ports of entry). Ở đó, nhân viên công lực không cần lệnh hay lý do để khám xét thông thường, kể cả đối với công dân Hoa Kỳ và người có thẻ xanh (green card). Các quy định ở đây rất khác với khi bị chặn lại bên trong nội địa. Các quy định ở biên giới rất phức tạp: nếu quý vị lo lắng, hãy hỏi luật sư trước khi đi xa.

border-zone-phones-laptops-do = Hãy biết các quy định về điện thoại và máy tính xách tay tại cửa khẩu nhập cảnh. Nhân viên công lực nói họ có thể khám xét những thiết bị này mà không cần lệnh. Quý vị không phải đưa mật khẩu.
border-zone-phones-laptops-why = Từ chối có thể không ngăn được việc khám xét. Nếu quý vị không mở khóa thiết bị, nhân viên công lực có thể giữ thiết bị trong nhiều tuần. Hành khách không phải là công dân Hoa Kỳ hoặc người có thẻ xanh (green card) có thể bị từ chối cho nhập cảnh.

border-zone-lawyer-at-port-do = Nếu quý vị là công dân Hoa Kỳ, quý vị có thể yêu cầu được gặp luật sư trong khi nhân viên công lực tra hỏi quý vị tại cửa khẩu nhập cảnh.
border-zone-lawyer-at-port-say = Tôi muốn nói chuyện với luật sư.
border-zone-lawyer-at-port-why = Người có thẻ xanh (green card) và người có thị thực (visa) thường không có quyền có luật sư trong lần kiểm tra này, trừ khi việc này trở thành vấn đề hình sự. Quy định ở biên giới rất phức tạp. Đây là thông tin chung: hãy hỏi luật sư di trú trước khi quý vị đi xa.

border-zone-dont-no-rights = Đừng nghĩ rằng quý vị mất các quyền của mình khi ở gần biên giới. Hiến pháp vẫn áp dụng trong vùng 100 dặm.

## Quay phim nhân viên di trú

recording-title = Quay phim nhân viên di trú
recording-summary = Quý vị thấy nhân viên di trú đang làm nhiệm vụ ở nơi công cộng và muốn quay phim họ.

recording-right-to-record-do = Quý vị có thể quay phim nhân viên di trú ở nơi công cộng. Hãy ở chỗ quý vị được phép đứng. Giữ khoảng cách an toàn. Đừng cản đường họ.
recording-right-to-record-why = Các tòa án liên bang, kể cả tòa phúc thẩm phụ trách California, nói rằng mọi người có quyền theo Tu chính án thứ nhất (First Amendment) để quay phim cảnh sát đang làm nhiệm vụ ở nơi công cộng. Lập luận tương tự cũng được dùng cho nhân viên di trú.

recording-know-the-risk-do = Hãy biết rủi ro trước khi quay phim. Đã có người bị bắt khi đang quay phim nhân viên di trú.
recording-know-the-risk-why = ProPublica, một cơ quan báo chí, đã đếm được ít nhất 130 người bị bắt với cáo buộc cản trở nhân viên di trú hoặc quay phim họ. Bộ An ninh Nội địa (DHS) đã gọi việc quay phim nhân viên di trú là "doxing", một từ chỉ việc công khai thông tin riêng tư của người khác.

recording-move-back-do = Nếu nhân viên di trú ra lệnh cho quý vị lùi lại, hãy làm theo. Quý vị có thể tiếp tục quay từ xa hơn.
recording-move-back-why = Nhân viên di trú có thể yêu cầu quý vị lùi lại vì lý do an toàn một cách hợp pháp. Nếu quý vị từ chối, quý vị có thể bị bắt.

recording-protect-phone-do = Nếu nhân viên công lực muốn xem điện thoại của quý vị, quý vị có thể từ chối. Quý vị không phải mở khóa điện thoại hay xóa video của mình.
recording-protect-phone-say = Tôi không đồng ý cho khám xét điện thoại của tôi.
recording-protect-phone-why = Nguồn của chúng tôi, một bản tóm tắt lời khuyên của Electronic Frontier Foundation (EFF), nói rằng nếu không có lệnh, nhân viên công lực không nên khám xét điện thoại của quý vị, bắt quý vị xóa video, hoặc bắt quý vị mở khóa điện thoại. Điểm này cần được luật sư kiểm tra cho trường hợp riêng của quý vị. Nếu nhân viên công lực vẫn lấy điện thoại của quý vị, đừng đánh trả họ.

recording-write-details-do = Hãy ghi lại ngày, giờ và địa điểm. Ghi tên của các nhân viên di trú, số phù hiệu, xe và biển số xe của họ.
recording-write-details-why = Những chi tiết này tạo thành một bản ghi rõ ràng về những gì đã xảy ra và những ai đã có mặt.

recording-focus-on-agents-do = Hãy hướng máy quay vào nhân viên di trú, không phải vào người mà họ đang giữ.
recording-focus-on-agents-why = Điều này bảo vệ quyền riêng tư của người đang bị giữ.

recording-dont-interfere = Đừng chạm vào, chặn hoặc cản trở nhân viên di trú trong khi quay phim.
recording-dont-ignore-orders = Đừng từ chối lệnh lùi lại. Thay vào đó, hãy tiếp tục quay từ khoảng cách an toàn.
recording-dont-delete-footage = Đừng mở khóa điện thoại hay xóa video chỉ vì nhân viên công lực bảo vậy.

## Kế hoạch gia đình

family-plan-title = Lập kế hoạch cho gia đình
family-plan-summary = Hãy chuẩn bị cho gia đình quý vị trước khi có chuyện xảy ra.

family-plan-memorize-numbers-do = Hãy học thuộc lòng số điện thoại của một người quý vị tin tưởng và của một luật sư.
family-plan-memorize-numbers-why = Nếu quý vị bị giam giữ, quý vị có thể sẽ không có điện thoại bên mình.

family-plan-children-pickup-do = Hãy quyết định ai có thể đón con quý vị nếu quý vị không đón được. Hãy viết điều đó ra giấy.
family-plan-children-pickup-why = Như vậy, những người quý vị tin tưởng sẽ biết phải làm gì nếu quý vị không về nhà.

family-plan-documents-do = Hãy để các giấy tờ quan trọng ở một chỗ mà những người quý vị tin tưởng có thể lấy được.
family-plan-documents-why = Gia đình quý vị có thể cần gấp những giấy tờ này nếu có chuyện xảy ra với quý vị.

family-plan-a-number-do = Nếu quý vị có số A (A-number), hãy nhớ số đó. Hãy viết số đó ra ở chỗ gia đình quý vị có thể tìm thấy.
family-plan-a-number-why = Nếu quý vị là người lớn và bị giam giữ, gia đình có thể tìm quý vị trên công cụ tìm người bị giam trên mạng của Sở Di trú và Hải quan (ICE) bằng số A (A-number) và nước nơi quý vị sinh ra. Đường dây về hồ sơ của tòa di trú cũng hỏi số A.

family-plan-tell-officer-parent-do = Nếu quý vị bị bắt hoặc bị giam giữ, hãy cho nhân viên công lực biết nếu quý vị là cha mẹ hoặc người chăm sóc chính của một đứa trẻ. Cũng cho họ biết nếu quý vị có nhu cầu y tế.
family-plan-tell-officer-parent-say = Tôi là phụ huynh và là người chăm sóc chính của một đứa trẻ.
family-plan-tell-officer-parent-why = Quý vị có thể cho nhân viên công lực biết điều này. Nếu cảnh sát địa phương ở California bắt quý vị, cha mẹ đang có quyền nuôi con được gọi thêm hai cuộc miễn phí để sắp xếp người chăm sóc con.

family-plan-plan-form-do = Hãy điền một mẫu kế hoạch gia đình. Mẫu ILRC Family Preparedness Plan (Kế hoạch Chuẩn bị cho Gia đình) có bằng tiếng Anh, tiếng Tây Ban Nha, tiếng Tagalog, tiếng Việt và tiếng Hoa phồn thể.
family-plan-plan-form-why = Một kế hoạch viết ra và để ở một chỗ thì dễ chia sẻ hơn với những người quý vị tin tưởng.

family-plan-dont-wait = Đừng đợi đến khi nhân viên di trú đến rồi mới lập kế hoạch.
family-plan-dont-rely-on-phone = Đừng chỉ lưu các số điện thoại quan trọng trong điện thoại. Quý vị có thể không có điện thoại bên mình nếu bị giam giữ.

## Lừa đảo

scams-title = Lừa đảo về di trú
scams-summary = Có người đề nghị giúp quý vị về di trú, hoặc nói rằng tình trạng di trú của quý vị có vấn đề.

scams-real-lawyer-do = Chỉ nhận tư vấn pháp lý về di trú từ luật sư có giấy phép hành nghề hoặc từ người đại diện được Bộ Tư pháp Hoa Kỳ công nhận (accredited representative).
scams-real-lawyer-why = Chỉ những người này mới được phép tư vấn pháp lý về di trú.

scams-consultants-do = Hãy cẩn thận với "notario" và những người làm dịch vụ tư vấn di trú. Trước khi trả tiền cho bất kỳ ai, hãy hỏi họ có phải là luật sư hoặc người đại diện được công nhận không.
scams-consultants-why = Người làm dịch vụ tư vấn mà không phải là luật sư chỉ được điền đơn và dịch giấy tờ. Họ không được bảo quý vị phải làm gì trong vụ của quý vị.

scams-calls-and-texts-do = Nếu có người gọi điện, nhắn tin hoặc gửi email nói rằng tình trạng di trú của quý vị có vấn đề, đừng đưa tiền hoặc thông tin cá nhân cho họ.
scams-calls-and-texts-say = Tôi sẽ không đưa tiền hay thông tin cá nhân. Tôi sẽ hỏi lại luật sư riêng của tôi.
scams-calls-and-texts-why = Bộ trưởng Tư pháp tiểu bang California (Attorney General) cảnh báo mọi người không nên làm điều này.

scams-free-help-do = Hãy tìm trợ giúp pháp lý miễn phí. Sở Xã hội California (California Department of Social Services) có đăng danh sách các tổ chức cung cấp trợ giúp này.
scams-free-help-why = Tiểu bang California trả tiền cho các tổ chức bất vụ lợi để cung cấp dịch vụ pháp lý di trú miễn phí.

scams-dont-pay-for-advice = Đừng trả tiền cho "notario" hoặc người làm dịch vụ tư vấn để được tư vấn pháp lý về vụ di trú của quý vị.
scams-dont-share-details = Đừng đưa tiền hoặc thông tin cá nhân cho bất kỳ ai liên lạc với quý vị về một vấn đề với tình trạng di trú của quý vị. Thay vào đó, hãy hỏi một luật sư mà quý vị tin tưởng.

## Tin đồn và tin báo thấy nhân viên di trú

rumors-title = Tin đồn và tin báo thấy nhân viên di trú
rumors-summary = Quý vị nghe nói có nhân viên di trú ở gần, hoặc chính quý vị nhìn thấy họ.

rumors-check-first-do = Trước khi chia sẻ tin tức về nhân viên di trú, hãy kiểm tra xem tin đó có đúng không.
rumors-check-first-why = Một bài đăng chưa ai kiểm tra có thể sai, và có thể gây sợ hãi.

rumors-call-rapid-response-do = Nếu quý vị thấy nhân viên di trú, hãy gọi đường dây phản ứng nhanh của quận thay vì đăng lên mạng. Quý vị có thể tìm đường dây này trong phần tìm trợ giúp của ứng dụng này.
rumors-call-rapid-response-why = Đường dây phản ứng nhanh nhận tin báo về nhân viên di trú ở gần, và giúp những người cần giúp đỡ.

rumors-document-safely-do = Nếu an toàn, hãy quay phim hoặc ghi lại những gì quý vị thấy. Giữ khoảng cách.
rumors-document-safely-why = Việc ghi lại những gì đã xảy ra có thể giúp ích về sau. Cản trở nhân viên di trú có thể khiến quý vị bị bắt.

rumors-stay-silent-do = Nếu nhân viên di trú tra hỏi quý vị trong khi quý vị đang quan sát, quý vị có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.

rumors-right-numbers-do = Chỉ chia sẻ những số điện thoại trợ giúp đến từ nguồn quý vị tin tưởng, như mạng lưới phản ứng nhanh tại địa phương.
rumors-right-numbers-why = Bộ An ninh Nội địa (DHS) có một số điện thoại để công chúng báo cáo người khác cho Sở Di trú và Hải quan (ICE). Đó không phải là đường dây trợ giúp.

rumors-dont-post-unchecked = Đừng đăng tin nhìn thấy nhân viên di trú mà chưa ai kiểm tra.
rumors-dont-share-tip-line = Đừng chia sẻ số điện thoại của Bộ An ninh Nội địa (DHS) dùng để báo cáo người khác cho Sở Di trú và Hải quan (ICE) như thể đó là số trợ giúp.
rumors-dont-interfere = Đừng cản trở nhân viên di trú hoặc tìm cách ngăn họ lại.
