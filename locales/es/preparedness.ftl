# El formulario del plan familiar y los mensajes de texto de emergencia. Las etiquetas
# del plan se imprimen en un formulario que se llena a mano; los mensajes los manda
# una persona (su texto `-say` se traduce de vuelta al inglés en cada idioma).

## Plan de preparación familiar

plan-title = Plan de preparación familiar
plan-intro = Llene este plan con su familia antes de que pase algo. Guárdelo con sus papeles importantes, donde las personas de su confianza lo puedan encontrar. Apréndase de memoria los números de teléfono.
plan-emergency-contacts-label = Personas a quienes llamar en una emergencia
plan-emergency-contacts-hint = Nombres y números de teléfono de personas de su confianza. Apréndase de memoria los números: si lo detienen, es posible que no tenga su teléfono.
plan-lawyer-label = Su abogado o su grupo de ayuda legal
plan-lawyer-hint = Nombre y número de teléfono. Apréndase de memoria también este número.
plan-rapid-response-label = La línea de respuesta rápida de su condado
plan-rapid-response-hint = Llame a esta línea si ve agentes de inmigración cerca. El buscador de ayuda de esta aplicación muestra la línea de su condado.
plan-children-pickup-label = Quién puede recoger a los niños
plan-children-pickup-hint = Las personas que usted eligió para recoger a sus hijos si usted no puede, con sus números de teléfono. Asegúrese de que ellas lo sepan.
plan-documents-label = Dónde están los papeles importantes
plan-documents-hint = Guárdelos en un solo lugar al que las personas de su confianza puedan llegar rápido.
plan-a-numbers-label = Números A (A-numbers)
plan-a-numbers-hint = El número A (A-number) de cada persona, si tiene uno, y su país de nacimiento. Con estos datos, su familia puede buscar a una persona adulta que ICE tenga bajo custodia en el localizador de detenidos en línea de ICE.
plan-medical-needs-label = Necesidades médicas
plan-medical-needs-hint = Los problemas de salud y las medicinas de cada persona, para decírselo a los oficiales si arrestan o detienen a alguien.

## Mensajes de texto de emergencia

emergency-detained-title = Si inmigración lo detiene
emergency-detained-when = Para cuando los agentes de inmigración lo detengan. Escríbalo ahora, para que usted o una persona de su confianza lo pueda mandar rápido.
emergency-detained-say = Inmigración me detuvo en { $place }. Por favor, llame a { $contact }. Mi número A (A-number) es { $a_number }.
emergency-arrested-title = Si la policía lo arresta
emergency-arrested-when = Para cuando la policía lo arreste. Escríbalo ahora, para que una persona de su confianza lo pueda mandar por usted.
emergency-arrested-say = La policía me arrestó en { $place }. Por favor, llame a { $contact }.
emergency-children-title = Recoger a los niños
emergency-children-when = Para cuando usted no pueda recoger a sus hijos. Indica a la persona que nombra su plan familiar.
emergency-children-say = No puedo recoger a los niños. Por favor, siga nuestro plan familiar: { $contact } los va a recoger en { $place }.
emergency-find-me-title = Cómo encontrarme
emergency-find-me-when = Déselo a familiares de su confianza. Tiene su número A (A-number) y su país de nacimiento, que ellos necesitan para buscarlo si ICE lo tiene bajo custodia.
emergency-find-me-say = Si no regreso a casa, es posible que ICE me tenga bajo custodia. Puede buscarme en el Localizador de Detenidos en Línea de ICE (Online Detainee Locator), { $locator }, con mi número A (A-number), { $a_number }, y mi país de nacimiento, { $country }.
