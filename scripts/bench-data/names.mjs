// Vietnamese names for people, places and organizations, drawn with the frequencies a province's registers show
// (family names: about 38% Nguyễn, 11% Trần, 9% Lê …). Everything is composed NFC text, as the API stores it.

const FAMILY_NAMES = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 4.5],
  ["Huỳnh", 1.5],
  ["Phan", 4.5],
  ["Vũ", 3.5],
  ["Võ", 1.5],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Đào", 0.8],
  ["Đinh", 0.7],
  ["Trịnh", 0.6],
  ["Lương", 0.5],
  ["Mai", 0.4],
  ["Tạ", 0.3],
  ["Kiều", 0.2],
  ["Khổng", 0.1],
];

const MIDDLE_NAMES = {
  male: [
    "Văn",
    "Hữu",
    "Đức",
    "Minh",
    "Quang",
    "Công",
    "Thành",
    "Xuân",
    "Ngọc",
    "Đình",
    "Tiến",
    "Mạnh",
    "Trọng",
  ],
  female: ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Kim", "Thúy", "Bích"],
};

const GIVEN_NAMES = {
  male: [
    "Hùng",
    "Dũng",
    "Tuấn",
    "Hải",
    "Nam",
    "Long",
    "Sơn",
    "Thắng",
    "Cường",
    "Hiếu",
    "Quân",
    "Huy",
    "Phong",
    "Trung",
    "Bình",
    "Hạnh",
    "Đạt",
    "Khoa",
    "Lâm",
    "Tùng",
    "Vinh",
    "Thành",
    "Toàn",
    "Quyết",
    "Nghĩa",
    "Đông",
    "Khánh",
    "Lộc",
    "Phúc",
    "Thịnh",
    "Việt",
    "Tâm",
    "Chiến",
    "Định",
    "Hưng",
  ],
  female: [
    "Lan",
    "Hương",
    "Hoa",
    "Mai",
    "Hà",
    "Linh",
    "Trang",
    "Thảo",
    "Nga",
    "Hằng",
    "Nhung",
    "Yến",
    "Phượng",
    "Loan",
    "Hạnh",
    "Huyền",
    "Thủy",
    "Hiền",
    "Dung",
    "Ngọc",
    "Oanh",
    "Vân",
    "Anh",
    "Giang",
    "Liên",
    "Thu Hà",
    "Minh Anh",
    "Lệ",
    "Tuyết",
    "Xuân",
  ],
};

const PLACE_FIRST = [
  "Yên",
  "Tam",
  "Lập",
  "Bình",
  "Vĩnh",
  "Phú",
  "Tân",
  "Hòa",
  "Thanh",
  "Đông",
  "Kim",
  "Lạc",
  "An",
  "Thuận",
  "Hưng",
  "Quảng",
  "Đức",
  "Gia",
  "Mỹ",
  "Long",
  "Thạch",
  "Sơn",
  "Hải",
  "Cẩm",
  "Ngọc",
  "Hà",
  "Xuân",
  "Đại",
  "Trung",
  "Hợp",
];
const PLACE_SECOND = [
  "Lạc",
  "Dương",
  "Thạch",
  "Xuyên",
  "Tường",
  "Sơn",
  "Thành",
  "Bình",
  "Hòa",
  "Phong",
  "Ninh",
  "Lộc",
  "Khê",
  "Điền",
  "Phúc",
  "Mỹ",
  "An",
  "Thủy",
  "Lâm",
  "Giang",
  "Định",
  "Đồng",
  "Trạch",
  "Châu",
];

const VILLAGE_SUFFIXES = ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Nội", "Ngoại", "Mới"];

/** A full name, and the sex it was drawn for (the citizen identity number encodes it). */
export function personName(random) {
  const sex = random.chance(0.55) ? "male" : "female";
  const family = random.weighted(FAMILY_NAMES);
  const middle = random.pick(MIDDLE_NAMES[sex]);
  const given = random.pick(GIVEN_NAMES[sex]);
  // Some people carry two middle names ("Nguyễn Thị Thu Hà" reads as family, middle, given).
  const fullName = random.chance(0.12)
    ? `${family} ${middle} ${random.pick(MIDDLE_NAMES[sex])} ${given}`
    : `${family} ${middle} ${given}`;
  return { fullName, sex };
}

const MOBILE_PREFIXES = [
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "38",
  "39",
  "56",
  "58",
  "70",
  "76",
  "77",
  "78",
  "79",
  "81",
  "82",
  "83",
  "84",
  "85",
  "86",
  "88",
  "89",
  "90",
  "91",
  "94",
  "96",
  "97",
  "98",
];
const MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com"];
/** The province code that opens the citizen identity numbers of people born in the province (001–096). */
const PROVINCE_CODE = "026";

/**
 * Contact and identity details as people give them: most have a mobile number, a quarter an e-mail address
 * ("hungnv84@gmail.com"), most a 12-digit citizen identity number (province, century and sex, birth year, serial).
 */
export function contactDetails(random, { foldedName, sex, birthDate }) {
  const words = foldedName.split(" ");
  const year = Number(birthDate.slice(0, 4));
  const centuryAndSex = (year >= 2000 ? 2 : 0) + (sex === "female" ? 1 : 0);
  const serial = String(random.int(0, 999_999)).padStart(6, "0");
  return {
    phone: random.chance(0.7)
      ? `0${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`
      : null,
    email: random.chance(0.25)
      ? `${words.at(-1)}${words
          .slice(0, -1)
          .map((word) => word[0])
          .join("")}${String(year).slice(2)}@${random.pick(MAIL_DOMAINS)}`
      : null,
    identityNumber: random.chance(0.85)
      ? `${PROVINCE_CODE}${centuryAndSex}${String(year).slice(2)}${serial}`
      : null,
  };
}

/** Place names, distinct while the pool lasts (a province's districts and communes rarely share a name). */
export class PlaceNames {
  #used = new Set();

  constructor(random) {
    this.random = random;
  }

  next() {
    let name;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const first = this.random.pick(PLACE_FIRST);
      const second = this.random.pick(PLACE_SECOND);
      name = `${first} ${second}`;
      if (first !== second && !this.#used.has(name)) break;
    }
    this.#used.add(name);
    return name;
  }
}

export function villageName(random, communeName) {
  return random.chance(0.5)
    ? `thôn ${communeName.split(" ")[0]} ${random.pick(VILLAGE_SUFFIXES)}`
    : `thôn ${random.int(1, 15)}`;
}

const PROVINCIAL_AGENCIES = [
  "Văn phòng Tỉnh ủy",
  "Ban Tổ chức Tỉnh ủy",
  "Ban Tuyên giáo Tỉnh ủy",
  "Ủy ban Kiểm tra Tỉnh ủy",
  "Sở Tư pháp",
  "Sở Tài chính",
  "Sở Kế hoạch và Đầu tư",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Nội vụ",
  "Sở Xây dựng",
  "Sở Giao thông vận tải",
  "Sở Công Thương",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Tài nguyên và Môi trường",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Thông tin và Truyền thông",
  "Sở Lao động - Thương binh và Xã hội",
  "Thanh tra tỉnh",
  "Ban Dân tộc tỉnh",
  "Đài Phát thanh và Truyền hình tỉnh",
  "Báo tỉnh",
  "Liên minh Hợp tác xã tỉnh",
  "Hội Nông dân tỉnh",
  "Tỉnh đoàn",
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Liên đoàn Lao động tỉnh",
  "Trường Chính trị tỉnh",
];

const DISTRICT_OFFICES = [
  "Văn phòng Huyện ủy",
  "Văn phòng HĐND và UBND huyện",
  "Phòng Tài chính - Kế hoạch",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Nội vụ",
  "Phòng Tư pháp",
  "Phòng Tài nguyên và Môi trường",
  "Phòng Kinh tế - Hạ tầng",
  "Trung tâm Y tế huyện",
  "Ban Quản lý dự án đầu tư xây dựng huyện",
  "Chi cục Thuế khu vực",
  "Kho bạc Nhà nước huyện",
  "Viện Kiểm sát nhân dân huyện",
  "Tòa án nhân dân huyện",
  "Bảo hiểm xã hội huyện",
];

const UNITS_OF_AN_AGENCY = [
  "Văn phòng",
  "Phòng Tổ chức - Hành chính",
  "Phòng Nghiệp vụ",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Thanh tra",
  "Tổ Chuyên môn",
  "Khoa Nội",
  "Khoa Ngoại",
  "Phân xưởng sản xuất",
  "Tổ Văn phòng",
];

export const ORGANIZATION_NAMES = {
  provincialAgency: (random) => random.pick(PROVINCIAL_AGENCIES),
  districtOffice: (random) => random.pick(DISTRICT_OFFICES),
  unitOfAgency: (random) => random.pick(UNITS_OF_AN_AGENCY),
};

const THEMES = [
  "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "nâng cao chất lượng sinh hoạt chi bộ",
  "công tác phát triển đảng viên",
  "xây dựng nông thôn mới",
  "cải cách hành chính và chuyển đổi số",
  "phòng, chống tham nhũng, tiêu cực",
  "công tác dân vận",
  "bảo vệ nền tảng tư tưởng của Đảng",
  "tăng cường xây dựng, chỉnh đốn Đảng",
  "ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống",
  "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
  "thực hiện quy chế dân chủ ở cơ sở",
  "bảo đảm quốc phòng, an ninh ở địa phương",
  "phát triển kinh tế tập thể, hợp tác xã",
  "bảo vệ môi trường và ứng phó với biến đổi khí hậu",
  "giáo dục lý tưởng cách mạng cho thế hệ trẻ",
  "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng",
  "thực hành tiết kiệm, chống lãng phí",
];

export function theme(random) {
  return random.pick(THEMES);
}
