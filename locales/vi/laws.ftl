# Các luật của California: mỗi luật có ý nghĩa gì đối với quý vị.

law-trust-act-name = Đạo luật TRUST (TRUST Act)
law-trust-act-summary = Nhà giam địa phương không được giữ quý vị quá giờ được thả chỉ vì Sở Di trú và Hải quan (ICE) yêu cầu (gọi là "ICE hold", tức yêu cầu giữ người của ICE), trừ khi quý vị thuộc một số nhóm nhất định, chẳng hạn như người từng bị kết án về một số tội nghiêm trọng hoặc tội bạo lực. Yêu cầu giữ người của ICE chỉ là một yêu cầu, không phải lệnh của thẩm phán.

law-truth-act-name = Đạo luật TRUTH (TRUTH Act)
law-truth-act-summary = Trong nhà giam ở California, trước khi Sở Di trú và Hải quan (ICE) được phỏng vấn quý vị, quý vị phải được nhận một mẫu giấy bằng văn bản. Giấy đó nói rằng cuộc phỏng vấn là tự nguyện, và quý vị có thể từ chối hoặc chỉ nói chuyện khi có luật sư của quý vị ở đó. Nếu nhà giam nhận được yêu cầu của ICE về quý vị, nhà giam phải đưa cho quý vị một bản sao.

law-sb54-name = Đạo luật Giá trị California (California Values Act, SB 54)
law-sb54-summary = Cảnh sát và cảnh sát quận (sheriff) ở California nói chung không được hỏi về tình trạng di trú của quý vị hay giữ quý vị lại cho Sở Di trú và Hải quan (ICE). Có ngoại lệ đối với người từng bị kết án về một số tội nghiêm trọng. Luật này không ràng buộc nhân viên liên bang, và không áp dụng cho nhà tù tiểu bang.

law-trust-act-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) tự đi bắt người, và không bảo vệ những người có tiền án thuộc các nhóm đã được liệt kê. Sau này SB 54 làm cho các quy định chặt chẽ hơn.
law-truth-act-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) hỏi, và không áp dụng cho nơi giam giữ di trú của liên bang. Luật này áp dụng cho các cuộc phỏng vấn trong nhà giam địa phương.
law-sb54-does-not = Luật này không ngăn Sở Di trú và Hải quan (ICE) hay các nhân viên liên bang khác, và không áp dụng cho nhà tù tiểu bang (CDCR). Cảnh sát vẫn có thể chia sẻ thông tin đã được công khai.
