# Các tình huống. Lời lẽ đơn giản, câu ngắn, mỗi bước một việc.

## Ở nhà

at-home-title = Nhân viên di trú trước cửa nhà
at-home-summary = Nhân viên di trú đang gõ cửa nhà quý vị.

at-home-keep-door-closed-do = Giữ cửa đóng. Nói chuyện qua cánh cửa. Hỏi họ là ai và tại sao họ đến. Yêu cầu họ đưa phù hiệu lên cửa sổ cho quý vị xem.
at-home-keep-door-closed-say = Quý vị là ai, và tại sao quý vị đến đây? Xin đưa phù hiệu lên cửa sổ cho tôi xem.
at-home-keep-door-closed-why = Việc mở cửa không có nghĩa là quý vị cho phép họ vào. Nhưng nói chuyện qua cánh cửa đóng thì an toàn hơn.

at-home-ask-for-warrant-do = Hỏi xem họ có lệnh do thẩm phán ký không. Yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ. Đừng mở cửa để đọc.
at-home-ask-for-warrant-say = Tôi không đồng ý cho quý vị vào nhà tôi. Nếu quý vị có lệnh do thẩm phán ký, xin luồn lệnh qua khe dưới cửa.
at-home-ask-for-warrant-why = Các nhóm bênh vực di dân nói rằng nếu không có lệnh do thẩm phán ký, nhân viên di trú phải được quý vị cho phép thì mới được vào nhà quý vị. Từ năm 2025, Sở Di trú và Hải quan (ICE) nói rằng nhân viên ICE có thể xông vào nhà với Mẫu I-205 để bắt một người đã có quyết định trục xuất cuối cùng (final order of removal). Các tòa án đang xét xử những vụ kiện phản đối điều ICE nói.

at-home-check-the-warrant-do = Hãy xem tờ giấy. Lệnh do thẩm phán ký đến từ tòa án và có chữ ký của thẩm phán. Lệnh khám xét phải ghi địa chỉ này. Lệnh bắt giữ phải ghi tên một người sống ở đây. Cũng hãy xem ngày tháng trên lệnh. Phần kiểm tra lệnh trong ứng dụng này sẽ cùng quý vị xem từng bước.
at-home-check-the-warrant-why = Giấy tờ của Sở Di trú và Hải quan (ICE), như Mẫu I-200 hoặc Mẫu I-205, do một viên chức ICE ký, không phải thẩm phán. Các nhóm bênh vực di dân nói rằng giấy này không cho phép nhân viên di trú vào nhà quý vị khi chưa được quý vị cho phép, nhưng từ năm 2025, ICE nói rằng họ có thể xông vào nhà với Mẫu I-205 để bắt một người đã có quyết định trục xuất cuối cùng. Nếu lệnh khám xét ghi một địa chỉ khác, hoặc lệnh bắt giữ không ghi tên ai sống ở đây, quý vị không phải mở cửa.

at-home-if-they-come-in-do = Nếu nhân viên di trú xông vào, đừng đánh trả hay chặn họ. Hãy nói rõ rằng quý vị không đồng ý cho họ vào và không đồng ý cho khám xét. Giữ im lặng và yêu cầu được gặp luật sư.
at-home-if-they-come-in-say = Tôi không đồng ý cho quý vị vào nhà, và không đồng ý cho bất kỳ cuộc khám xét nào.
at-home-if-they-come-in-why = Chống cự có thể đặt quý vị và gia đình vào nguy hiểm. Quý vị vẫn có thể từ chối bằng lời nói.

## Ở nơi công cộng

in-public-title = Bị chặn lại ở nơi công cộng
in-public-summary = Nhân viên di trú hoặc cảnh sát chặn quý vị lại trên đường hoặc ở một nơi công cộng.

in-public-stay-calm-do = Hãy bình tĩnh. Đừng bỏ chạy, cãi vã, đánh trả hay chặn nhân viên công lực, ngay cả khi quý vị nghĩ việc chặn quý vị lại là sai. Để tay ở chỗ họ nhìn thấy được.
in-public-stay-calm-why = Bỏ chạy hay đánh trả có thể đặt quý vị vào nguy hiểm.

in-public-refuse-search-do = Quý vị có thể từ chối không cho khám xét túi áo, túi quần hay túi xách của quý vị. Nhân viên công lực vẫn có thể vỗ nhẹ bên ngoài quần áo của quý vị để kiểm tra xem có vũ khí không.
in-public-refuse-search-say = Tôi không đồng ý cho khám xét.
in-public-refuse-search-why = Quý vị có quyền từ chối. Nếu họ vẫn khám xét, đừng đánh trả họ.

in-public-papers-do = Nếu quý vị có giấy tờ di trú hợp lệ, như thẻ xanh (green card) hay giấy phép làm việc, hãy mang theo, và đưa cho nhân viên di trú xem nếu họ hỏi. Nếu quý vị không có giấy tờ, quý vị có thể giữ im lặng. Không bao giờ đưa ra giấy tờ giả. Đừng mang theo giấy tờ của nước khác, như hộ chiếu nước ngoài.
in-public-papers-why = Luật liên bang quy định người lớn đã được cấp những giấy tờ này phải mang theo và đưa cho nhân viên di trú xem khi được hỏi. Không mang theo là một tội nhẹ (misdemeanor) theo luật liên bang. Giấy tờ của nước khác có thể cho thấy quý vị đến từ đâu.

## Bị chặn xe

traffic-stop-title = Bị chặn xe
traffic-stop-summary = Cảnh sát hoặc nhân viên di trú chặn chiếc xe mà quý vị đang lái hoặc đang ngồi.

traffic-stop-pull-over-safely-do = Tấp xe vào chỗ an toàn. Tắt máy xe. Bật đèn trong xe. Hạ cửa kính xuống một phần. Để tay trên vô lăng ở chỗ nhân viên công lực nhìn thấy được.
traffic-stop-pull-over-safely-why = Việc này cho nhân viên công lực thấy quý vị không gây nguy hiểm, và giúp mọi người an toàn hơn.

traffic-stop-show-license-do = Nếu nhân viên công lực yêu cầu, hãy đưa bằng lái xe, giấy đăng ký xe và giấy chứng nhận bảo hiểm. Nếu quý vị không có một trong những giấy này, không bao giờ được đưa giấy giả.
traffic-stop-show-license-why = Người lái xe phải đưa ra các giấy tờ này khi được yêu cầu.

traffic-stop-ca-ab60-do = Ở California, quý vị có thể lái xe với bằng lái do DMV cấp theo luật AB 60, ngay cả khi quý vị không chứng minh được mình đang ở Hoa Kỳ hợp pháp.
traffic-stop-ca-ab60-why = Bằng lái AB 60 có giá trị để lái xe ở California. Bằng này không phải là giấy tờ tùy thân liên bang. Đối xử bất công với một người vì họ có loại bằng lái này là trái luật.

traffic-stop-stay-silent-do = Người lái xe và những người ngồi trong xe đều có thể giữ im lặng. Nếu quý vị chọn giữ im lặng, hãy nói to ra cho họ biết.

traffic-stop-refuse-search-do = Đừng đồng ý cho khám xét xe. Nếu họ vẫn khám xét, đừng đánh trả họ.
traffic-stop-refuse-search-say = Tôi không đồng ý cho khám xét xe của tôi.
traffic-stop-refuse-search-why = Cảnh sát vẫn có thể khám xét mà không cần quý vị cho phép nếu họ tin rằng có bằng chứng phạm tội. Chống cự có thể đặt quý vị vào nguy hiểm.

traffic-stop-passenger-free-to-go-do = Nếu quý vị là người ngồi trong xe (không phải người lái), hãy hỏi xem quý vị có được tự do rời đi không. Nếu họ nói có, hãy bình tĩnh rời đi.

traffic-stop-officer-name-do = Nếu họ là cảnh sát, hãy hỏi tên và số phù hiệu của họ. Ghi lại.
traffic-stop-officer-name-say = Xin cho tôi biết tên và số phù hiệu của quý vị.
traffic-stop-officer-name-why = Ghi lại giúp quý vị có bằng chứng về người đã chặn quý vị.

traffic-stop-immigration-agents-do = Nếu họ là nhân viên của Sở Di trú và Hải quan (ICE) hoặc của Tuần tra Biên giới (Border Patrol), các bước vẫn như vậy: giữ bình tĩnh, giữ im lặng, và không đồng ý cho khám xét.
traffic-stop-immigration-agents-why = Nói chung, nhân viên di trú cần có nghi ngờ hợp lý (reasonable suspicion) về vi phạm di trú hoặc về tội phạm thì mới được chặn xe, và cần có lệnh hoặc căn cứ hợp lý (probable cause) thì mới được khám xét xe. Vào tháng 9 năm 2025, Tối cao Pháp viện Hoa Kỳ đã cho phép các cuộc chặn hỏi di trú ở vùng Los Angeles tiếp tục trong khi một vụ kiện vẫn đang diễn ra. Án lệnh đó cho phép những gì thì vẫn chưa ngã ngũ: hãy hỏi luật sư.

## Ở nhà: đừng làm

at-home-dont-open-the-door = Đừng mở cửa, trừ khi nhân viên di trú luồn qua khe dưới cửa hoặc giơ lên cửa sổ cho quý vị xem một lệnh do thẩm phán ký phù hợp với nhà này: lệnh khám xét ghi địa chỉ này, hoặc lệnh bắt giữ ghi tên một người sống ở đây.

## Ở nơi công cộng: đừng làm

in-public-dont-carry-foreign-papers = Đừng mang theo giấy tờ của nước khác, như hộ chiếu nước ngoài hay thẻ căn cước lãnh sự (consular ID). Những giấy tờ này có thể cho thấy quý vị đến từ đâu. Lời khuyên này đến từ các nhóm bảo vệ di dân, theo trích dẫn trên các trang mạng khác: hãy hỏi luật sư nếu quý vị không chắc nên mang theo giấy tờ gì.
in-public-dont-follow-agents = Đừng đi theo nhân viên di trú đến văn phòng hay đồng ý "gặp nhau uống cà phê". Đây có thể là một cái bẫy.

## Bị chặn xe: đừng làm

traffic-stop-dont-show-false-papers = Đừng đưa ra bằng lái giả hay giấy tờ giả, ngay cả khi quý vị không có giấy tờ thật.
traffic-stop-dont-consent-to-search = Đừng đồng ý cho khám xét xe. Nếu họ vẫn khám xét, đừng đánh trả họ.

## Bị chặn xe: giấy tờ di trú

traffic-stop-papers-do = Nếu quý vị có giấy tờ di trú hợp lệ, như thẻ xanh (green card) hay giấy phép làm việc, hãy mang theo. Nếu nhân viên di trú hỏi, hãy đưa cho họ xem. Nếu quý vị không có giấy tờ, quý vị có thể giữ im lặng. Đừng nói dối, và không bao giờ đưa ra giấy tờ giả hoặc giấy tờ của nước khác.
traffic-stop-papers-why = Luật liên bang quy định người lớn đã được cấp những giấy tờ này phải mang theo. Không mang theo là một tội nhẹ (misdemeanor) theo luật liên bang, có thể bị phạt tiền đến $100 hoặc bị phạt tù đến 30 ngày. Từ năm 2025, chính phủ đã và đang nhắc mọi người về quy định này. Về mọi chuyện khác, quý vị vẫn có thể giữ im lặng. Nguồn của chúng tôi cho các chi tiết này là trang của các văn phòng luật: hãy hỏi luật sư xem điều này có ý nghĩa gì đối với giấy tờ của quý vị.
