import type { GraphiQLOptions } from "graphql-yoga";

/** GraphiQL's files are static assets copied from @graphql-yoga/graphiql by `npm run assets` (no CDN). */
const ASSETS = "/graphiql";

export const WELCOME_QUERY = `# Chào mừng đến với Chibo — welcome to Chibo.
#
# Chibo là API GraphQL cho công tác xây dựng Đảng của chi bộ và cấp ủy.
# Thông tin về đảng viên chỉ đọc được khi đăng nhập: chạy
#   npm run token -- --role ADMIN
# rồi dán vào ô Headers bên dưới: { "Authorization": "Bearer <token>" }
#
# People's data needs a token: run \`npm run token -- --role ADMIN\` and paste it into
# the Headers pane as { "Authorization": "Bearer <token>" }.

query ChiBoPAA {
  cells(filter: { search: "paa vinh phuc" }) {
    totalCount
    edges {
      node {
        id
        name
        kindLabel
        aliases { name kindLabel }
        ancestors { name }
        foundedOn
        predecessors { kindLabel occurredOn predecessor { name foundedOn foundingDocument { number title } } }
        terms { label officers { roleLabel person { fullName } } }
        members(on: "2017-12-23", first: 20) {
          totalCount
          edges { node { fullName partyStatusLabel } }
        }
        candidates { fullName }
        documentsToImplement { edges { node { statusLabel document { number title } } } }
      }
    }
  }
  documents(filter: { search: "sinh hoat chi bo" }) {
    edges { snippet node { number typeLabel issuedOn relations { kindLabel from { number } to { number } } } }
  }
}
`;

function escapeForScript(json: string): string {
  return json.replace(/</g, "\\u003c");
}

export function renderGraphiQL(options: GraphiQLOptions = {}): string {
  const settings = escapeForScript(
    JSON.stringify({ ...options, defaultQuery: options.defaultQuery ?? WELCOME_QUERY }),
  );
  const title = "Chibo — GraphiQL";
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="${ASSETS}/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL cần JavaScript — GraphiQL needs JavaScript.</noscript>
<div id="root">Đang tải… Loading…</div>
<script>
const workerUrls = {
  editorWorkerService: "${ASSETS}/monacoeditorwork/editor.worker.bundle.js",
  json: "${ASSETS}/monacoeditorwork/json.worker.bundle.js",
  graphql: "${ASSETS}/monacoeditorwork/graphql.worker..bundle.js",
};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workerUrls[label] };
</script>
<script src="${ASSETS}/yoga-graphiql.umd.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(root, ${settings});</script>
</body>
</html>`;
}
