# Các tình huống khác: kiểm tra lệnh, tại nơi làm việc, bị bắt, bị giữ trong nhà giam địa phương,
# bị ICE giam giữ. Lời lẽ đơn giản, câu ngắn, mỗi bước một việc.

## Kiểm tra lệnh

warrant-check-title = Kiểm tra lệnh
warrant-check-summary = Nhân viên di trú nói họ có lệnh. Đây là cách kiểm tra tờ giấy đó.

warrant-check-keep-door-closed-do = Hãy giữ cửa đóng trong khi kiểm tra. Yêu cầu nhân viên di trú luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ.
warrant-check-keep-door-closed-say = Xin vui lòng luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ.
warrant-check-keep-door-closed-why = Việc mở cửa không có nghĩa là quý vị cho phép họ vào. Nhưng đọc tờ giấy trong khi cửa vẫn đóng thì an toàn hơn. Nếu quý vị không đọc được, quý vị có thể xin thông dịch viên.

warrant-check-who-signed-do = Hãy xem ai đã ký tờ giấy. Lệnh do thẩm phán ký đến từ một tòa án, ví dụ Tòa án Liên bang Địa hạt (U.S. District Court) hoặc Tòa Thượng thẩm California (California Superior Court). Thẩm phán là người ký lệnh đó.
warrant-check-who-signed-why = Hiến pháp bảo vệ mọi người ở Hoa Kỳ, dù tình trạng di trú của họ là gì. Các nhóm bênh vực di dân nói rằng nếu không có lệnh do thẩm phán ký, nhân viên di trú phải được quý vị cho phép thì mới được vào nhà quý vị.

warrant-check-ice-forms-do = Nếu tờ giấy là một mẫu đơn của Sở Di trú và Hải quan (ICE) hoặc của Bộ An ninh Nội địa (DHS), như Mẫu I-200 hoặc Mẫu I-205, thì đó không phải là lệnh do thẩm phán ký. Hãy giữ cửa đóng, và đừng đồng ý cho họ vào.
warrant-check-ice-forms-say = Tờ giấy này không phải do thẩm phán ký. Tôi không đồng ý cho quý vị vào nhà tôi.
warrant-check-ice-forms-why = Những mẫu đơn này do một viên chức của Sở Di trú và Hải quan (ICE) ký, không phải do thẩm phán ký. Các nhóm bênh vực di dân nói rằng những mẫu đơn này không cho phép nhân viên di trú vào nhà quý vị khi chưa được quý vị cho phép. Nhưng từ năm 2025, ICE nói rằng nhân viên ICE có thể xông vào nhà với Mẫu I-205 để bắt một người đã có quyết định trục xuất cuối cùng (final order of removal). Các tòa án đang xét xử những vụ kiện phản đối điều ICE nói. Nếu nhân viên di trú xông vào, đừng đánh trả hay chặn họ.

warrant-check-check-details-do = Nếu thẩm phán đã ký, hãy kiểm tra các chi tiết. Lệnh khám xét phải ghi đúng địa chỉ của quý vị. Lệnh bắt giữ phải ghi tên một người thật sự sống ở đây. Hãy tìm chữ ký của thẩm phán.
warrant-check-check-details-why = Lệnh khám xét cho phép nhân viên công lực khám xét địa chỉ ghi trong lệnh, bất kể ai sống ở đó. Lệnh bắt giữ không cho phép nhân viên công lực vào nhà của người khác để tìm người có tên trong lệnh: muốn vậy, họ cần có lệnh khám xét. Nếu lệnh khám xét ghi một địa chỉ khác, hoặc lệnh bắt giữ không ghi tên ai sống ở đây, quý vị không phải mở cửa.

warrant-check-check-the-date-do = Hãy xem ngày tháng ghi trên lệnh.
warrant-check-check-the-date-why = Một tờ lệnh có thể đã quá cũ để dùng. Cũ bao lâu thì là quá cũ là câu hỏi dành cho luật sư. Nếu quý vị không chắc, hãy hỏi một luật sư.

warrant-check-search-or-arrest-do = Hãy đọc xem đó là loại lệnh gì: lệnh khám xét hay lệnh bắt giữ.
warrant-check-search-or-arrest-why = Lệnh khám xét cho phép nhân viên công lực vào địa chỉ ghi trong lệnh, bất kể ai sống ở đó, nhưng họ chỉ được khám xét những nơi và những đồ vật ghi trong lệnh. Lệnh bắt giữ cho phép nhân viên công lực vào nhà của người có tên trong lệnh, nếu họ tin rằng người đó đang ở bên trong.

warrant-check-stay-silent-do = Ngay cả khi lệnh hợp lệ và nhân viên di trú vào nhà, quý vị vẫn có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.
warrant-check-stay-silent-why = Lệnh cho phép nhân viên di trú vào nhà. Lệnh không bắt quý vị phải trả lời câu hỏi của họ. Những gì quý vị nói có thể bị dùng để chống lại quý vị tại tòa.

warrant-check-dont-open-to-read = Đừng mở cửa để đọc lệnh.
warrant-check-dont-take-their-word = Đừng mở cửa chỉ vì nhân viên di trú nói họ có lệnh. Đôi khi nhân viên di trú nói họ có lệnh nhưng thật ra không có, hoặc nói họ là cảnh sát. Hãy xem tờ giấy trước.

## Tại nơi làm việc

at-work-title = Nhân viên di trú tại nơi làm việc
at-work-summary = Nhân viên di trú đến nơi quý vị làm việc.

at-work-know-the-areas-do = Hãy biết nhân viên di trú được đi vào những nơi nào. Sở Di trú và Hải quan (ICE) được đi vào những khu vực công cộng của một cơ sở kinh doanh, như phòng ăn, sảnh chờ hoặc bãi đậu xe, mà không cần hỏi.
at-work-know-the-areas-why = Chỉ riêng việc có mặt ở khu vực công cộng không cho phép nhân viên di trú giữ lại, tra hỏi hay bắt giữ bất kỳ ai. Để vào những khu vực không công cộng, như nhà bếp, văn phòng hoặc phòng chỉ dành cho công nhân, họ cần chủ lao động cho phép hoặc cần có lệnh do thẩm phán ký.

at-work-ask-if-free-do = Nếu nhân viên di trú đến gần quý vị, hãy hỏi xem quý vị có được tự do rời đi hoặc quay lại làm việc không. Nếu câu trả lời là có, hãy nói rằng quý vị không muốn nói chuyện. Sau đó bình tĩnh quay lại làm việc hoặc rời đi.
at-work-ask-if-free-say = Tôi có được tự do rời đi hoặc quay lại làm việc không?

at-work-stay-where-you-are-do = Nếu nhân viên di trú bảo công nhân chia thành từng nhóm theo tình trạng di trú, quý vị có thể đứng yên tại chỗ.
at-work-stay-where-you-are-why = Đi vào một trong những nhóm đó là một cách cho họ biết tình trạng di trú của quý vị. Quý vị không phải cho họ biết tình trạng di trú của mình.

at-work-papers-do = Nếu quý vị có giấy tờ di trú hợp lệ, như thẻ xanh (green card) hoặc giấy phép làm việc, chỉ đưa ra khi nhân viên di trú yêu cầu. Không bao giờ đưa ra giấy tờ giả.
at-work-papers-why = Luật liên bang quy định người có những giấy tờ này phải mang theo và đưa cho nhân viên di trú xem khi được yêu cầu. Về mọi chuyện khác, quý vị vẫn có thể giữ im lặng.

at-work-employer-rules-do = Hãy biết luật California đòi hỏi gì ở chủ lao động của quý vị. Theo một đạo luật tên là AB 450, chủ lao động không được tự ý cho nhân viên di trú vào những khu vực không công cộng nếu không có lệnh do thẩm phán ký. Chủ lao động cũng không được cho họ xem hoặc lấy hồ sơ công nhân nếu không có lệnh do thẩm phán ký, trát đòi hầu tòa (subpoena) hoặc thông báo thanh tra của liên bang.
at-work-employer-rules-why = Theo luật này, một mẫu đơn của Sở Di trú và Hải quan (ICE), như Mẫu I-200 hoặc Mẫu I-205, là không đủ. Nhưng luật này ràng buộc chủ lao động, không ràng buộc ICE. Nếu có lệnh do thẩm phán ký, nhân viên di trú vẫn có thể vào. Dù thế nào, quý vị vẫn giữ các quyền của riêng mình. Chủ lao động vi phạm luật này có thể bị phạt từ $2,000 đến $10,000 cho mỗi lần vi phạm.

at-work-records-notice-do = Nếu Sở Di trú và Hải quan (ICE) gửi cho chủ lao động của quý vị thông báo rằng ICE sẽ thanh tra hồ sơ công nhân, như mẫu I-9, thì chủ lao động phải dán thông báo cho công nhân trong vòng 72 giờ.
at-work-records-notice-why = Luật AB 450 quy định thông báo phải viết bằng ngôn ngữ mà chủ lao động thường dùng với công nhân. Những công nhân bị ảnh hưởng bởi cuộc thanh tra cũng có quyền nhận kết quả thanh tra.

at-work-dont-consent-to-search = Đừng đồng ý cho khám xét. Quý vị có thể nói to: Tôi không đồng ý cho khám xét.

## Bị cảnh sát bắt

arrested-title = Bị cảnh sát bắt
arrested-summary = Cảnh sát địa phương hoặc cảnh sát quận (deputies) của cảnh sát trưởng quận (sheriff) bắt quý vị.

arrested-ask-for-lawyer-do = Hãy yêu cầu được gặp luật sư. Đừng quyết định bất cứ điều gì cho đến khi quý vị đã nói chuyện với luật sư.
arrested-ask-for-lawyer-say = Tôi muốn nói chuyện với luật sư.
arrested-ask-for-lawyer-why = Những gì quý vị nói có thể bị dùng để chống lại quý vị tại tòa hình sự và tại tòa di trú.

arrested-phone-calls-do = Hãy xin được gọi điện thoại. Ở California, quý vị được gọi ít nhất 3 cuộc gọi có người bắt máy. Quý vị được gọi ngay sau khi làm thủ tục lập hồ sơ tạm giam (booking), và không trễ hơn 3 giờ sau khi bị bắt, trừ khi thực tế không thể làm được.
arrested-phone-calls-say = Tôi muốn được gọi các cuộc điện thoại của tôi.
arrested-phone-calls-why = Bộ luật Hình sự California (California Penal Code), điều 851.5, cho quý vị quyền gọi những cuộc này. Các cuộc gọi trong khu vực địa phương được miễn phí. Nhân viên công lực nào cố ý không cho quý vị gọi những cuộc này là vi phạm pháp luật.

arrested-whom-to-call-do = Hãy dùng các cuộc gọi để liên lạc với luật sư hoặc luật sư công (public defender), người làm dịch vụ bảo lãnh tại ngoại (bail bond), và một người trong gia đình hoặc một người khác.
arrested-whom-to-call-why = Cảnh sát không được nghe hoặc ghi âm cuộc gọi của quý vị với luật sư. Quý vị có thể không có điện thoại bên mình, vì vậy hãy học thuộc lòng số điện thoại của một luật sư và của một người quý vị tin tưởng trước khi cần đến.

arrested-child-care-calls-do = Nếu quý vị là cha mẹ đang có quyền nuôi con, hãy nói ra. Hãy xin thêm 2 cuộc gọi miễn phí để sắp xếp người chăm sóc con quý vị.
arrested-child-care-calls-say = Tôi là phụ huynh. Tôi cần được gọi các cuộc điện thoại thêm của tôi để sắp xếp người chăm sóc con tôi.
arrested-child-care-calls-why = Luật California cho cha mẹ đang có quyền nuôi con được gọi thêm 2 cuộc miễn phí để sắp xếp việc chăm sóc con.

arrested-tell-your-needs-do = Hãy cho nhân viên công lực biết nếu quý vị là cha mẹ hoặc người chăm sóc chính của một đứa trẻ. Cũng cho họ biết nếu quý vị có nhu cầu y tế.
arrested-tell-your-needs-why = Quý vị có thể cho họ biết điều này. Việc đó có thể giúp bảo đảm con quý vị được chăm sóc và nhu cầu sức khỏe của quý vị được biết đến.

arrested-dont-resist = Đừng bỏ chạy hoặc đánh trả cảnh sát, ngay cả khi quý vị nghĩ rằng việc bắt giữ là sai.
arrested-dont-answer-status-questions = Đừng trả lời các câu hỏi về nơi quý vị sinh ra, tình trạng di trú của quý vị, hoặc quý vị đã đến Hoa Kỳ bằng cách nào. Nói chung, cảnh sát California không được hỏi về tình trạng di trú của quý vị để giúp việc thi hành luật di trú.

## Bị giữ trong nhà giam địa phương

in-jail-title = Bị giữ trong nhà giam địa phương
in-jail-summary = Quý vị bị giữ trong nhà giam của thành phố hoặc quận, và Sở Di trú và Hải quan (ICE) có thể muốn nói chuyện với quý vị hoặc đưa quý vị đi.

in-jail-consent-form-do = Trước khi Sở Di trú và Hải quan (ICE) được phỏng vấn quý vị trong nhà giam địa phương, nhà giam phải đưa cho quý vị một mẫu đơn bằng văn bản. Hãy đọc mẫu đơn. Nếu quý vị không hiểu, hãy nói rằng quý vị cần thông dịch viên.
in-jail-consent-form-why = Đạo luật TRUTH của California đòi hỏi phải có mẫu đơn này. Mẫu đơn phải giải thích cuộc phỏng vấn nhằm mục đích gì, rằng cuộc phỏng vấn là tự nguyện, và quý vị có thể từ chối hoặc yêu cầu có luật sư của mình ở đó. Mẫu đơn có bằng tiếng Anh, tiếng Tây Ban Nha, tiếng Hoa, tiếng Tagalog, tiếng Việt và tiếng Hàn, và ở một số quận còn có bằng các ngôn ngữ khác.

in-jail-refuse-interview-do = Quý vị có thể từ chối cuộc phỏng vấn với Sở Di trú và Hải quan (ICE). Hoặc quý vị có thể nói rằng quý vị chỉ nói chuyện khi có luật sư của mình ở đó.
in-jail-refuse-interview-say = Tôi không đồng ý để ICE phỏng vấn nếu không có luật sư của tôi ở đây.
in-jail-refuse-interview-why = Cuộc phỏng vấn là tự nguyện. Những gì quý vị nói với Sở Di trú và Hải quan (ICE) có thể bị dùng để chống lại quý vị tại tòa di trú.

in-jail-ask-for-copy-do = Hãy hỏi xem nhà giam có nhận được yêu cầu tạm giữ (ICE hold), yêu cầu thông báo hoặc yêu cầu chuyển giao nào từ Sở Di trú và Hải quan (ICE) về quý vị không. Nếu có, hãy xin một bản sao. Hãy hỏi xem nhà giam có làm theo yêu cầu của ICE không.
in-jail-ask-for-copy-say = ICE có gửi yêu cầu tạm giữ hoặc yêu cầu nào về tôi không? Xin vui lòng đưa cho tôi một bản sao.
in-jail-ask-for-copy-why = Đạo luật TRUTH quy định nhà giam phải đưa cho quý vị bản sao của bất kỳ yêu cầu nào như vậy và cho quý vị biết nhà giam có định làm theo hay không. Nếu nhà giam báo cho Sở Di trú và Hải quan (ICE) biết ngày quý vị được thả, nhà giam cũng phải báo cho quý vị bằng văn bản, và báo cho luật sư của quý vị hoặc một người khác do quý vị chọn.

in-jail-hold-is-a-request-do = Hãy biết rằng yêu cầu tạm giữ (ICE hold) là một yêu cầu của Sở Di trú và Hải quan (ICE). Đó không phải là án lệnh của thẩm phán.
in-jail-hold-is-a-request-why = Theo SB 54 của California, nhà giam địa phương không được giữ quý vị quá giờ được thả vì Sở Di trú và Hải quan (ICE) yêu cầu. Nhưng nếu quý vị đã bị kết án về một số tội nghiêm trọng nhất định, như một số trọng tội nghiêm trọng hoặc có bạo lực, nhà giam vẫn có thể báo cho ICE biết khi nào quý vị được thả, hoặc giao quý vị cho ICE. Nhà giam cũng có thể giao quý vị cho ICE nếu có lệnh do thẩm phán ký. Những luật này giới hạn cảnh sát và nhà giam địa phương, không giới hạn nhân viên ICE.

in-jail-state-prison-do = Nếu quý vị ở trong nhà tù tiểu bang, không phải nhà giam của thành phố hoặc quận, thì quy định sẽ khác. SB 54 không áp dụng cho nhà tù tiểu bang.
in-jail-state-prison-why = Nhà tù tiểu bang vẫn có thể báo cho Sở Di trú và Hải quan (ICE) về những người sắp ra tù, và sắp xếp để giao họ cho ICE. Nhưng nhà tù tiểu bang vẫn phải đưa cho quý vị một mẫu đơn trước khi ICE phỏng vấn, và đưa bản sao các yêu cầu của ICE về quý vị.

in-jail-dont-think-you-must-talk = Đừng nghĩ rằng quý vị phải nói chuyện với Sở Di trú và Hải quan (ICE) khi ở trong nhà giam địa phương. Có phỏng vấn hay không là do quý vị chọn.

## Bị ICE giam giữ

ice-detention-title = Bị Sở Di trú và Hải quan (ICE) giam giữ
ice-detention-summary = Sở Di trú và Hải quan (ICE) đang giam giữ quý vị trong trại giam di trú.

ice-detention-free-legal-help-do = Nếu quý vị không có luật sư, hãy xin nhân viên trại giam danh sách các dịch vụ pháp lý miễn phí (pro bono).
ice-detention-free-legal-help-say = Tôi không có luật sư. Xin vui lòng đưa cho tôi danh sách các dịch vụ pháp lý miễn phí.
ice-detention-free-legal-help-why = Trong các vụ di trú, chính phủ thường không trả tiền luật sư cho quý vị. Các tổ chức trong danh sách giúp đỡ pháp lý miễn phí.

ice-detention-consulate-do = Quý vị có thể xin liên lạc với lãnh sự quán của nước mình, hoặc yêu cầu nhân viên trại giam báo cho lãnh sự quán biết rằng quý vị đang bị giam giữ.
ice-detention-consulate-say = Tôi muốn liên lạc với lãnh sự quán của nước tôi.
ice-detention-consulate-why = Quý vị có thể yêu cầu điều này khi bị Sở Di trú và Hải quan (ICE) giam giữ. Việc này là do quý vị chọn.

ice-detention-careful-on-the-phone-do = Khi dùng điện thoại trong trại giam, đừng nói về tình trạng di trú của quý vị hoặc nơi quý vị sinh ra.
ice-detention-careful-on-the-phone-why = Các cuộc gọi bằng điện thoại trong trại giam có thể bị nghe.

ice-detention-family-can-find-you-do = Gia đình quý vị có thể tìm quý vị bằng công cụ tìm người bị giam trên mạng của Sở Di trú và Hải quan (ICE), gọi là Online Detainee Locator. Đó là một trang mạng (đường liên kết đi kèm bước này). Công cụ này tìm được những người từ 18 tuổi trở lên.
ice-detention-family-can-find-you-why = Để tìm, gia đình cần số A (A-number) và nước nơi quý vị sinh ra, hoặc tên và nước nơi quý vị sinh ra. Tên phải khớp chính xác với hồ sơ của Sở Di trú và Hải quan (ICE).

ice-detention-a-number-do = Nếu quý vị có số A (A-number), hãy bảo đảm gia đình quý vị biết số đó.
ice-detention-a-number-why = Tòa di trú có một đường dây điện thoại tự động cung cấp thông tin về vụ của quý vị, và đường dây này hỏi số A (A-number) của quý vị. Đường dây đó do chính phủ điều hành. Đó không phải là người giúp đỡ đứng về phía quý vị.

ice-detention-dont-decide-alone = Đừng đồng ý tự nguyện rời khỏi Hoa Kỳ (voluntary departure), hoặc quyết định bất cứ điều gì khác về vụ của quý vị, trước khi nói chuyện với luật sư.
