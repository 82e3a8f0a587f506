# The family plan form and the emergency text messages. The plan's labels
# are printed on a form filled in by hand; the messages are sent by a person
# (their `-say` text is back-translated in every locale).

## Family preparedness plan

plan-title = Plano ng paghahanda ng pamilya
plan-intro = Punan ito kasama ng iyong pamilya bago pa may mangyari. Itago ito kasama ng iyong mahahalagang papeles, kung saan ito mahahanap ng mga taong pinagkakatiwalaan mo. Kabisaduhin ang mga numero ng telepono.
plan-emergency-contacts-label = Mga taong tatawagan kapag may emergency
plan-emergency-contacts-hint = Mga pangalan at numero ng telepono ng mga taong pinagkakatiwalaan mo. Kabisaduhin ang mga numero: kung madetine ka, maaaring wala sa iyo ang telepono mo.
plan-lawyer-label = Ang iyong abogado o grupong nagbibigay ng legal na tulong
plan-lawyer-hint = Pangalan at numero ng telepono. Kabisaduhin din ang numerong ito.
plan-rapid-response-label = Ang rapid response line ng iyong county
plan-rapid-response-hint = Tawagan ito kung may makita kang mga ahente ng imigrasyon sa malapit. Nakalista sa help finder (tagahanap ng tulong) ng app na ito ang linya para sa iyong county.
plan-children-pickup-label = Sino ang maaaring sumundo sa mga bata
plan-children-pickup-hint = Ang mga taong pinili mo para sumundo sa iyong mga anak kung hindi mo kaya, kasama ang kanilang mga numero ng telepono. Tiyaking alam nila ito.
plan-documents-label = Kung nasaan ang mahahalagang papeles
plan-documents-hint = Itago ang mga ito sa iisang lugar na mabilis na maaabot ng mga taong pinagkakatiwalaan mo.
plan-a-numbers-label = Mga A-number
plan-a-numbers-hint = Ang A-number ng bawat tao, kung mayroon, at ang bansa kung saan siya ipinanganak. Gamit ang mga ito, maaaring hanapin ng iyong pamilya ang isang adultong hawak ng ICE sa online detainee locator nito.
plan-medical-needs-label = Mga pangangailangang medikal
plan-medical-needs-hint = Mga problema sa kalusugan at mga gamot ng bawat tao, para sabihin sa mga opisyal kung may maaresto o madetine.

## Emergency text messages

emergency-detained-title = Dinetine ng imigrasyon
emergency-detained-when = Para sa oras na idetine ka ng mga ahente ng imigrasyon. Isulat ito ngayon, para mabilis itong maipadala mo o ng isang taong pinagkakatiwalaan mo.
emergency-detained-say = Dinetine ako ng imigrasyon sa { $place }. Pakitawagan si { $contact }. Ang A-number ko ay { $a_number }.
emergency-arrested-title = Inaresto ng pulis
emergency-arrested-when = Para sa oras na arestuhin ka ng pulis. Isulat ito ngayon, para maipadala ito para sa iyo ng isang taong pinagkakatiwalaan mo.
emergency-arrested-say = Inaresto ako ng pulis sa { $place }. Pakitawagan si { $contact }.
emergency-children-title = Sunduin ang mga bata
emergency-children-when = Para sa oras na hindi mo masundo ang iyong mga anak. Itinuturo nito ang taong nakapangalan sa inyong plano ng pamilya.
emergency-children-say = Hindi ko masusundo ang mga bata. Pakisunod ang ating plano ng pamilya: susunduin sila ni { $contact } sa { $place }.
emergency-find-me-title = Paano ako mahahanap
emergency-find-me-when = Ibigay ito sa mga kapamilyang pinagkakatiwalaan mo. Nakasulat dito ang iyong A-number at ang bansa kung saan ka ipinanganak, na kailangan nila para hanapin ka kung hawak ka ng ICE.
emergency-find-me-say = Kung hindi ako makauwi, maaaring hawak ako ng ICE. Maaari ninyo akong hanapin sa Online Detainee Locator ng ICE, { $locator }, gamit ang aking A-number, { $a_number }, at ang bansa kung saan ako ipinanganak, { $country }.
