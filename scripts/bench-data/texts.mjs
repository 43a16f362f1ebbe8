// Titles and texts of Party documents, composed from the phrasing such documents use, so that full-text search
// meets the vocabulary (and the diacritics) users type.
import { theme } from "./names.mjs";

const OPENINGS = [
  "Thực hiện chủ trương của cấp ủy cấp trên, trên cơ sở đánh giá tình hình thực tiễn của địa phương, đơn vị,",
  "Căn cứ Điều lệ Đảng và Quy chế làm việc của Ban Chấp hành nhiệm kỳ hiện tại,",
  "Xét đề nghị của Ban Tổ chức và các ban xây dựng Đảng,",
  "Qua một năm triển khai thực hiện, công tác lãnh đạo, chỉ đạo đã đạt được những kết quả quan trọng;",
];

const BODY_SENTENCES = [
  "Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo quán triệt, triển khai thực hiện nghiêm túc, có hiệu quả.",
  "Chất lượng sinh hoạt chi bộ từng bước được nâng lên; nội dung sinh hoạt thiết thực, phù hợp với đặc điểm của từng loại hình chi bộ.",
  "Công tác giáo dục chính trị tư tưởng được chú trọng; đội ngũ đảng viên giữ vững bản lĩnh chính trị, phẩm chất đạo đức, lối sống.",
  "Công tác phát triển đảng viên được quan tâm, chất lượng quần chúng ưu tú được đề nghị kết nạp bảo đảm theo quy định.",
  "Việc kiểm tra, giám sát được thực hiện thường xuyên; kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót.",
  "Vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu, được phát huy.",
  "Tuy nhiên, một số chi bộ còn lúng túng trong việc lựa chọn nội dung sinh hoạt chuyên đề; tỷ lệ đảng viên tham gia phát biểu ý kiến chưa cao.",
  "Việc ứng dụng công nghệ thông tin trong quản lý đảng viên, quản lý văn bản còn chậm.",
  "Phấn đấu hoàn thành toàn diện các chỉ tiêu, nhiệm vụ đã đề ra; xây dựng tổ chức đảng trong sạch, vững mạnh.",
  "Tăng cường công tác dân vận, củng cố khối đại đoàn kết toàn dân tộc, giữ vững ổn định chính trị ở cơ sở.",
  "Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
  "Thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình trong sinh hoạt đảng.",
];

export function paragraphs(random, count) {
  const lines = [random.pick(OPENINGS)];
  for (let index = 0; index < count; index += 1) {
    lines.push(`${index + 1}. Về ${theme(random)}: ${random.sample(BODY_SENTENCES, 3).join(" ")}`);
  }
  return lines.join("\n");
}

const OWN_TITLES = {
  RESOLUTION: (t) => `Nghị quyết về ${t}`,
  DIRECTIVE: (t) => `Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với ${t}`,
  CONCLUSION: (t) => `Kết luận về tiếp tục đẩy mạnh ${t}`,
  REGULATION: (t) => `Quy định về ${t}`,
  GUIDANCE: (t) => `Hướng dẫn thực hiện ${t}`,
  NOTICE: (t) => `Thông báo kết luận của Ban Thường vụ về ${t}`,
  REPORT: (t) => `Báo cáo sơ kết công tác ${t}`,
  PROGRAMME: (t) => `Chương trình hành động về ${t}`,
  DECISION: (t) => `Quyết định ban hành Quy chế phối hợp về ${t}`,
};

export function ownTitle(random, type) {
  return OWN_TITLES[type](theme(random));
}
