# Các luật của California: mỗi luật có ý nghĩa gì đối với quý vị.

law-trust-act-name = Đạo luật TRUST (TRUST Act)
law-trust-act-summary = Đạo luật năm 2013 này là luật đầu tiên giới hạn các yêu cầu tạm giữ (ICE hold) của Sở Di trú và Hải quan (ICE) trong nhà giam địa phương. Luật này chỉ cho phép nhà giam giữ một người quá giờ được thả theo yêu cầu tạm giữ của ICE trong một số trường hợp nhất định, chẳng hạn như người từng bị kết án về một số tội nghiêm trọng hoặc tội bạo lực. Từ khi SB 54 có hiệu lực vào năm 2018, nhà giam địa phương hoàn toàn không được giữ bất kỳ ai quá giờ được thả theo yêu cầu tạm giữ của ICE. Yêu cầu tạm giữ của ICE chỉ là một yêu cầu, không phải án lệnh của thẩm phán.

law-truth-act-name = Đạo luật TRUTH (TRUTH Act)
law-truth-act-summary = Trong nhà giam ở California, trước khi Sở Di trú và Hải quan (ICE) được phỏng vấn quý vị, quý vị phải được nhận một mẫu đơn bằng văn bản. Mẫu đơn đó nói rằng cuộc phỏng vấn là tự nguyện, và quý vị có thể từ chối hoặc chỉ nói chuyện khi có luật sư của quý vị ở đó. Nếu nhà giam nhận được yêu cầu của ICE về quý vị, nhà giam phải đưa cho quý vị một bản sao.

law-sb54-name = Đạo luật Giá trị California (California Values Act, SB 54)
law-sb54-summary = Cảnh sát và văn phòng cảnh sát trưởng quận (sheriff) ở California nói chung không được hỏi về tình trạng di trú của quý vị hay giúp Sở Di trú và Hải quan (ICE) thi hành luật di trú. Nhà giam địa phương không được giữ quý vị quá giờ được thả vì ICE yêu cầu. Đối với người từng bị kết án về một số tội nghiêm trọng, nhà giam vẫn có thể báo cho ICE biết khi nào họ được thả, hoặc giao họ cho ICE. Luật này không ràng buộc nhân viên công lực liên bang, và không áp dụng cho nhà tù tiểu bang.

law-trust-act-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) tự đi bắt người. Ngày nay, theo SB 54, danh sách các tội bị kết án trong luật này quyết định khi nào nhà giam được báo cho ICE biết về việc thả một người hoặc giao người đó cho ICE, chứ không quyết định việc nhà giam có được giữ người đó lâu hơn hay không.
law-truth-act-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) hỏi, và không áp dụng cho nơi giam giữ di trú của liên bang. Luật này áp dụng cho các cuộc phỏng vấn trong nhà giam địa phương.
law-sb54-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) hay các nhân viên công lực liên bang khác, và không áp dụng cho nhà tù tiểu bang (CDCR). Cảnh sát vẫn có thể chia sẻ thông tin đã được công khai.
