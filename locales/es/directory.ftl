policy-ca-baseline = En California, la policía local y los alguaciles en general no pueden preguntar por su estatus migratorio ni retenerlo para ICE. Hay excepciones para algunas condenas graves. En una cárcel local usted puede negarse a hablar con ICE, o hablar solo con su abogado presente; debe recibir un formulario que lo explica. Los agentes federales no están obligados por estas leyes estatales.

hotline-kind-rapid-response = Línea de respuesta rápida: llame para reportar agentes de inmigración cerca y recibir ayuda.
hotline-kind-detention-info = Información sobre personas en detención migratoria.
hotline-kind-court-info = Información de casos en la corte de inmigración (automática). Necesita el número A (A-number) de la persona.
hotline-kind-lawyer-referral = Referencias a abogados privados de inmigración.
hotline-kind-referral = Una oficina del gobierno que refiere a las personas a servicios.
hotline-operator-government = La maneja el gobierno, no defensores de inmigrantes.
hotline-unverified = Sin verificar: este número viene de una sola fuente o de una fuente antigua.

finder-no-local-line = No conocemos una línea local de respuesta rápida para este condado. Llame a una línea regional o nacional de abajo.
finder-outside = Este lugar está fuera del área que cubre Amparo. Las líneas nacionales sí funcionan.
finder-location-city = Ubicación aproximada: el centro de su ciudad.
finder-location-county = Ubicación aproximada: solo se conoce el condado.
