// Starts Swagger UI on the contract this server was built from (see src/server/docs.rs,
// which fills in the contract's path and the base path below).
"use strict";
(function () {
  var basePath = "{base}";
  var here = window.location.origin + basePath;

  // The server list shows this origin, not the `servers` URL written in api.yaml.
  function ThisServer() {
    return {
      statePlugins: {
        spec: {
          wrapSelectors: {
            servers: function (original) {
              return function () {
                var servers = original.apply(null, arguments);
                if (!servers || !servers.size) {
                  return servers;
                }
                return servers
                  .take(1)
                  .setIn([0, "url"], here)
                  .setIn([0, "description"], "This server");
              };
            },
          },
        },
      },
    };
  }

  // Any request for the API goes to the serving origin, whatever host api.yaml names.
  function toThisServer(request) {
    var url = new URL(request.url, window.location.href);
    if (url.origin !== window.location.origin && url.pathname.indexOf(basePath) === 0) {
      request.url = window.location.origin + url.pathname + url.search;
    }
    return request;
  }

  window.addEventListener("load", function () {
    window.ui = SwaggerUIBundle({
      url: "{contract}",
      dom_id: "#swagger-ui",
      deepLinking: true,
      // No badge fetched from a validator host.
      validatorUrl: null,
      presets: [SwaggerUIBundle.presets.apis],
      plugins: [ThisServer],
      layout: "BaseLayout",
      requestInterceptor: toThisServer,
    });
  });
})();
