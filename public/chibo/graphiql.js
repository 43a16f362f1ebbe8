// Starts GraphiQL from the settings the page carries as data, so that the page needs no inline script and its
// Content-Security-Policy can allow scripts of this origin only (src/http/security-headers.ts).
(() => {
  const assets = "/graphiql";
  const workerUrls = {
    editorWorkerService: `${assets}/monacoeditorwork/editor.worker.bundle.js`,
    json: `${assets}/monacoeditorwork/json.worker.bundle.js`,
    graphql: `${assets}/monacoeditorwork/graphql.worker..bundle.js`,
  };
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workerUrls[label] };
  document.addEventListener("DOMContentLoaded", () => {
    const settings = JSON.parse(document.getElementById("graphiql-settings").textContent);
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), settings);
  });
})();
