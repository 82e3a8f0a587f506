hotline-la-rapid-response = Línea de respuesta rápida del condado de Los Ángeles. Llame para reportar acciones de inmigración y recibir ayuda.
hotline-sf-rapid-response = Línea de respuesta rápida de San Francisco. Llame para reportar acciones de inmigración y recibir ayuda.
hotline-uwd-migrawatch = Línea nacional de United We Dream para reportar redadas de inmigración y recibir ayuda.
hotline-ice-detention-line = La maneja ICE, la agencia del gobierno, no defensores de inmigrantes. Información sobre personas en detención migratoria.
hotline-eoir-case-info = La manejan las cortes de inmigración, el gobierno. Línea automática con información del caso; necesita el número A (A-number) de la persona.
