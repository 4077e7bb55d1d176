// Swagger UI over every service's OpenAPI document; the list comes from the gateway (/docs/swagger-config).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    configUrl: '/docs/swagger-config',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout'
  });
};
