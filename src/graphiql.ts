import type { GraphiQLOptions } from "graphql-yoga";

/** GraphiQL's files are static assets copied from @graphql-yoga/graphiql by `npm run assets` (no CDN). */
const ASSETS = "/graphiql";

export const WELCOME_QUERY = `# Chào mừng đến với Chibo — welcome to Chibo.
#
# Chi bộ, cấp ủy là thông tin công khai:
# bấm ▶ rồi chọn ChiBoPAA để chạy.
# Đảng viên, văn bản, hội nghị, xếp loại cần token. Chạy
#   npm run -s token -- --role ADMIN
# rồi dán vào ô Headers (bên dưới):
#   { "Authorization": "Bearer <token>" }
#
# Organizations are public: press ▶ and pick ChiBoPAA.
# People, documents, meetings and ratings need a token:
# run the command above and paste it into the Headers
# pane (below) as { "Authorization": "Bearer <token>" }.

# Chi bộ: tên, tên khác, cấp trên, tiền thân, nhiệm kỳ
# The cell: names, committees above, lineage (public)
query ChiBoPAA {
  cells(filter: { search: "paa vinh phuc" }) {
    totalCount
    edges {
      node {
        id
        name
        kindLabel
        foundedOn
        aliases { name kindLabel usedFrom usedUntil }
        ancestors { name kindLabel }
        predecessors {
          kindLabel
          occurredOn
          predecessor { name foundedOn }
        }
        terms { label startsOn endsOn }
      }
    }
  }
}

# Văn bản về sinh hoạt chi bộ, theo mức liên quan
# Documents on cell meetings, best matches first (token)
query VanBanSinhHoatChiBo {
  documents(filter: { search: "sinh hoat chi bo" }, first: 10) {
    totalCount
    edges {
      snippet
      node {
        number
        typeLabel
        title
        issuedOn
        statusLabel
        relations {
          kindLabel
          relatedOn
          from { number title }
          to { number title }
        }
      }
    }
  }
}

# Hội nghị kiểm điểm, đánh giá cuối năm 2017
# The 2017 year-end review meeting (token)
query HoiNghiKiemDiem2017 {
  meetings(
    filter: { kind: ANNUAL_REVIEW, from: "2017-12-01", to: "2017-12-31" }
  ) {
    edges {
      node {
        title
        date
        statusLabel
        cell { name }
        chair { fullName }
        agenda {
          position
          kindLabel
          title
          covered
          documents { number title }
        }
        attendanceSummary {
          expected
          attendanceRate
          membersWhoCount
          all { present absentExcused absentUnexcused notRecorded }
        }
        decisions {
          position
          motion
          votesFor
          votesAgainst
          votesAbstain
          membersWhoCount
          passed
        }
      }
    }
  }
}

# Xếp loại năm 2017: đảng viên và chi bộ
# The 2017 ratings of the members and the cell (token)
query XepLoai2017 {
  cells(filter: { search: "paa vinh phuc" }) {
    edges {
      node {
        name
        ratingSummary(year: 2017) {
          year
          members {
            rated
            byLevel { code count }
            byStage { code count }
            proposedExcellent
            decidedExcellent
            shareGoodOrBetter
          }
          own { stage level { code label } }
        }
      }
    }
  }
}

# Việc của bí thư (token SECRETARY của chi bộ, hoặc ADMIN):
# 1. lên lịch sinh hoạt; 2. sau buổi họp, ghi "có mặt đủ, trừ …"
# (dùng id cuộc họp vừa tạo); 3. biểu quyết; 4. đề xuất xếp loại.
# The secretary's writes: schedule; after the meeting record
# attendance as "everyone present except …" with the new
# meeting's id; a vote; the cell's proposal of ratings.
mutation LenLichSinhHoat {
  scheduleMeeting(input: {
    cellId: "Q2VsbDpkZW1vLXBhYy1jZWxs"
    kind: REGULAR
    title: "Sinh hoạt chi bộ định kỳ"
    scheduledStart: "2026-12-10T14:00"
    scheduledEnd: "2026-12-10T16:00"
  }) {
    meeting { id version date statusLabel }
    errors { code message field }
  }
}

mutation DiemDanh($meetingId: ID!) {
  recordAttendance(input: {
    meetingId: $meetingId
    othersPresent: true
    entries: [{
      personId: "UGVyc29uOmRlbW8tbWVtYmVyLTAy"
      status: ABSENT_EXCUSED
      note: "Đi công tác, đã báo"
    }]
  }) {
    meeting { attendanceSummary { expected attendanceRate voters } }
    errors { code message field }
  }
}

mutation BieuQuyet($meetingId: ID!) {
  recordDecision(input: {
    meetingId: $meetingId
    motion: "Thông qua nghị quyết tháng 12"
    votesFor: 10
  }) {
    meeting { decisions { motion votesFor membersWhoCount passed } }
    errors { code message field }
  }
}

mutation DeXuatXepLoai {
  rateMembers(input: {
    cellId: "Q2VsbDpkZW1vLXBhYy1jZWxs"
    year: 2026
    stage: PROPOSAL
    entries: [{ personId: "UGVyc29uOmRlbW8tbWVtYmVyLTAy", level: "GOOD" }]
  }) {
    ratings { person { fullName } stage level { label } selfAssessed }
    errors { code message field }
  }
}
`;

function escapeForScript(json: string): string {
  return json.replace(/</g, "\\u003c");
}

export function renderGraphiQL(options: GraphiQLOptions = {}): string {
  const defaultQuery = options.defaultQuery ?? WELCOME_QUERY;
  // Yoga's GraphiQL (4.x, on GraphiQL 5) opens with the page's `?query=`, else `query`, else its own
  // welcome text: `defaultQuery` alone never shows. `query` is not in GraphiQLOptions' type, so it is
  // added here. GraphiQL keeps `?query=` in step with the editor, so a reload keeps one's edits.
  const settings = escapeForScript(JSON.stringify({ ...options, defaultQuery, query: defaultQuery }));
  const title = "Chibo — GraphiQL";
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS}/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL cần JavaScript — GraphiQL needs JavaScript.</noscript>
<div id="root">Đang tải… Loading…</div>
<script type="application/json" id="graphiql-settings">${settings}</script>
<script src="/chibo/graphiql.js"></script>
<script src="${ASSETS}/yoga-graphiql.umd.js"></script>
</body>
</html>`;
}
