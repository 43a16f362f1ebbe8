// The tree of a province: the provincial committee, the committees directly under it (districts, blocs, the armed
// forces), grassroots committees (communes, agencies, enterprises), a few partial committees, and the cells — with
// terms, informal and former names, and lineage (old successions, and mergers and splits during the three years).
import { addDays, dayOf, randomDay } from "./calendar.mjs";
import { ORGANIZATION_NAMES, PlaceNames, villageName } from "./names.mjs";

/** The three years of activity: meetings, evaluations and ratings of 2023, 2024 and 2025. */
export const YEARS = [2023, 2024, 2025];
export const DATA_FROM = "2023-01-01";
export const DATA_TO = "2025-12-31";
/** When the province's existing records were entered into Chibo, just before the three years. */
export const SETUP_DAY = "2022-12-15";

export const SCALES = {
  province: {
    upperCommittees: 30,
    grassrootsCommittees: 300,
    cells: 1500,
    people: 40_000,
    documents: 10_000,
  },
  small: { upperCommittees: 3, grassrootsCommittees: 15, cells: 75, people: 2_000, documents: 500 },
};

/** What people call a district-level committee's leadership ("Huyện ủy Yên Lạc"). */
const LEADERSHIP_NAMES = { huyện: "Huyện ủy", "thành phố": "Thành ủy", "thị xã": "Thị ủy" };

/** Terms in days: a cell under a grassroots committee two and a half years (Điều lệ, Điều 24.3), committees five. */
const CELL_TERM_DAYS = 913;
const COMMITTEE_TERM_DAYS = 1826;

const CELL_KINDS = new Set(["GRASSROOTS_CELL", "SUBORDINATE_CELL"]);

export function isCell(organization) {
  return CELL_KINDS.has(organization.kind);
}

/** Members a cell of this flavour usually has (domain.md: 3 to about 50), before the province's total scales them. */
const TYPICAL_SIZE = {
  village: [18, 50],
  ward: [12, 40],
  agency: [3, 18],
  school: [5, 25],
  enterprise: [4, 30],
  force: [6, 30],
};

export class Organizations {
  all = [];

  constructor(world) {
    this.world = world;
    this.places = new PlaceNames(world.random);
  }

  add({ kind, name, parent, flavor, foundedOn, documentCode = null }) {
    const { random } = this.world;
    const id = random.id();
    const organization = {
      id,
      kind,
      name,
      parent,
      path: `${parent?.path ?? "/"}${id}/`,
      flavor,
      foundedOn,
      dissolvedOn: null,
      documentCode,
      foundingDocumentId: null,
      aliases: [],
      terms: [],
      children: [],
      version: 1,
      // Cells meet on a habitual day of the month; villages in the evening, offices in the afternoon.
      meetingDay: random.int(3, 10),
      meetingTime: flavor === "village" ? "19:30" : random.pick(["14:00", "14:00", "08:00"]),
    };
    parent?.children.push(organization);
    this.all.push(organization);
    return organization;
  }

  alias(organization, name, kind, usedFrom = null, usedUntil = null) {
    organization.aliases.push({ id: this.world.random.id(), name, kind, usedFrom, usedUntil });
  }

  cells() {
    return this.all.filter(isCell);
  }

  activeCells() {
    return this.all.filter((organization) => isCell(organization) && organization.dissolvedOn === null);
  }

  /** Cells of a subtree, active on a day. */
  cellsUnder(organization, day = DATA_TO) {
    return this.all.filter(
      (other) =>
        isCell(other) &&
        other.path.startsWith(organization.path) &&
        (other.foundedOn === null || other.foundedOn <= day) &&
        (other.dissolvedOn === null || other.dissolvedOn > day),
    );
  }

  /**
   * The committee that decides a cell's member ratings: the grassroots committee above a subordinate cell, the
   * committee directly above a grassroots cell (which is a grassroots organization itself).
   */
  decidingCommitteeOf(cell) {
    if (cell.kind === "GRASSROOTS_CELL") return cell.parent;
    let organization = cell.parent;
    while (organization.kind !== "GRASSROOTS_COMMITTEE") organization = organization.parent;
    return organization;
  }
}

function provinceTree(organizations, scale) {
  const { random } = organizations.world;
  const provinceName = organizations.places.next();
  const province = organizations.add({
    kind: "PROVINCIAL_COMMITTEE",
    name: `Đảng bộ tỉnh ${provinceName}`,
    parent: null,
    flavor: "committee",
    foundedOn: "1947",
    documentCode: "TU",
  });
  organizations.alias(province, `Tỉnh ủy ${provinceName}`, "ALIAS");
  organizations.alias(province, `Đảng bộ tỉnh ${provinceName} (dữ liệu đo tải)`, "ALIAS");

  const uppers = [];
  const blocs = Math.max(1, Math.round(scale.upperCommittees / 15));
  const forces = scale.upperCommittees >= 10 ? 2 : 0;
  const blocNames = ["Khối các cơ quan tỉnh", "Khối doanh nghiệp tỉnh"];
  for (let index = 0; index < blocs; index += 1) {
    const bloc = organizations.add({
      kind: "BLOC_COMMITTEE",
      name: `Đảng bộ ${blocNames[index % 2]}${index >= 2 ? ` ${index}` : ""} ${provinceName}`,
      parent: province,
      flavor: "bloc",
      foundedOn: dayOf(random.int(1990, 2008), random.int(1, 12), random.int(1, 28)),
      documentCode: "ĐUK",
    });
    organizations.alias(bloc, bloc.name.replace("Đảng bộ", "Đảng ủy"), "ALIAS");
    uppers.push(bloc);
  }
  for (const force of ["Quân sự tỉnh", "Công an tỉnh"].slice(0, forces)) {
    uppers.push(
      organizations.add({
        kind: "DISTRICT_COMMITTEE",
        name: `Đảng bộ ${force} ${provinceName}`,
        parent: province,
        flavor: "force",
        foundedOn: String(random.int(1960, 1990)),
        documentCode: "ĐU",
      }),
    );
  }
  while (uppers.length < scale.upperCommittees) {
    const place = organizations.places.next();
    const [level, code] = random.weighted([
      [["huyện", "HU"], 7],
      [["thành phố", "THU"], 1],
      [["thị xã", "TXU"], 1],
    ]);
    const district = organizations.add({
      kind: "DISTRICT_COMMITTEE",
      name: `Đảng bộ ${level} ${place}`,
      parent: province,
      flavor: "district",
      foundedOn: String(random.int(1946, 2008)),
      documentCode: code,
    });
    district.place = place;
    organizations.alias(district, `${LEADERSHIP_NAMES[level]} ${place}`, "ALIAS");
    uppers.push(district);
  }
  return { province, uppers };
}

/** A grassroots committee's flavour and name follow what stands above it: communes under districts, agencies in blocs. */
function grassrootsIdentity(random, upper, place) {
  if (upper.flavor === "bloc") {
    return random.chance(0.7)
      ? { flavor: "agency", name: `Đảng bộ ${ORGANIZATION_NAMES.provincialAgency(random)}` }
      : { flavor: "enterprise", name: `Đảng bộ Công ty cổ phần ${place}` };
  }
  if (upper.flavor === "force") {
    const unit = upper.name.includes("Công an") ? "Công an" : "Ban Chỉ huy Quân sự";
    return { flavor: "force", name: `Đảng bộ ${unit} ${random.pick(["huyện", "thành phố"])} ${place}` };
  }
  const flavor = random.weighted([
    ["village", 6],
    ["ward", 2],
    ["agency", 1.5],
    ["enterprise", 0.5],
  ]);
  const names = {
    village: () => `Đảng bộ ${random.chance(0.9) ? "xã" : "thị trấn"} ${place}`,
    ward: () => `Đảng bộ phường ${place}`,
    agency: () =>
      `Đảng bộ Cơ quan ${random.pick(["Ủy ban nhân dân", "Huyện ủy - HĐND - UBND", "Trung tâm Y tế"])} ${upper.place}`,
    enterprise: () => `Đảng bộ Công ty TNHH ${place}`,
  };
  return { flavor, name: names[flavor]() };
}

function grassrootsCommittee(organizations, upper) {
  const { random } = organizations.world;
  const place = organizations.places.next();
  const { flavor, name } = grassrootsIdentity(random, upper, place);
  const committee = organizations.add({
    kind: "GRASSROOTS_COMMITTEE",
    name,
    parent: upper,
    flavor,
    foundedOn: random.chance(0.5)
      ? String(random.int(1960, 2015))
      : dayOf(random.int(1975, 2015), random.int(1, 12), random.int(1, 28)),
    documentCode: "ĐU",
  });
  committee.place = place;
  return committee;
}

function cellName(organizations, parent, flavor) {
  const { random } = organizations.world;
  const place = parent.place ?? organizations.places.next();
  switch (flavor) {
    case "village":
      return `Chi bộ ${villageName(random, place)}`;
    case "ward":
      return `Chi bộ khu phố ${random.int(1, 20)}`;
    case "school":
      return `Chi bộ Trường ${random.pick(["Mầm non", "Tiểu học", "THCS", "THPT"])} ${place}`;
    case "force":
      return `Chi bộ ${random.pick(["Đội", "Ban", "Trạm"])} ${random.pick(["Tham mưu", "Hậu cần", "Cảnh sát giao thông", "An ninh", "Dân quân"])} ${random.int(1, 9)}`;
    case "enterprise":
      return `Chi bộ ${random.pick(["Phân xưởng", "Phòng", "Xí nghiệp"])} ${random.pick(["Sản xuất", "Kinh doanh", "Kỹ thuật", "Kế toán", "Dịch vụ"])} ${random.int(1, 5)}`;
    default:
      return parent.kind === "BLOC_COMMITTEE" || parent.flavor === "district"
        ? `Chi bộ ${parent.flavor === "district" ? ORGANIZATION_NAMES.districtOffice(random) : ORGANIZATION_NAMES.provincialAgency(random)}`
        : `Chi bộ ${ORGANIZATION_NAMES.unitOfAgency(random)}`;
  }
}

/** A cell under a committee; villages and wards under communes, offices under agencies, and so on. */
function addCell(organizations, parent, kind, foundedOn = null) {
  const { random } = organizations.world;
  const flavor =
    parent.flavor === "village" || parent.flavor === "ward"
      ? random.chance(0.85)
        ? parent.flavor
        : random.pick(["school", "agency"])
      : parent.flavor === "district"
        ? random.pick(["school", "agency", "agency"])
        : parent.flavor === "bloc"
          ? "agency"
          : parent.flavor;
  const cell = organizations.add({
    kind,
    name: cellName(organizations, parent, flavor),
    parent,
    flavor,
    documentCode: "CB",
    foundedOn:
      foundedOn ??
      (random.chance(0.4)
        ? String(random.int(1975, 2015))
        : dayOf(random.int(1990, 2019), random.int(1, 12), random.int(1, 28))),
  });
  const [low, high] = TYPICAL_SIZE[flavor];
  cell.size = random.int(low, high);
  return cell;
}

/** Spreads `count` items over `holders` by weight, at least `minimum` each. */
function spread(random, holders, count, weightOf, minimum) {
  const counts = new Map(holders.map((holder) => [holder, minimum]));
  const pairs = holders.map((holder) => [holder, weightOf(holder)]);
  for (let index = holders.length * minimum; index < count; index += 1) {
    const holder = random.weighted(pairs);
    counts.set(holder, counts.get(holder) + 1);
  }
  return counts;
}

/**
 * Congress terms: committees 2020–2025 and 2025–2030 (their congresses of 2025); cells every two and a half years,
 * so one congress of theirs falls in the three years; a cell founded during them holds its congress on founding.
 */
function terms(organizations) {
  const { random } = organizations.world;
  for (const organization of organizations.all) {
    if (organization.dissolvedOn !== null && organization.dissolvedOn < DATA_FROM) continue;
    if (organization.foundedOn !== null && organization.foundedOn > DATA_FROM) {
      organization.terms.push({
        id: random.id(),
        startsOn: organization.foundedOn,
        endsOn: addDays(organization.foundedOn, CELL_TERM_DAYS),
        congress: true,
      });
      continue;
    }
    const congress = isCell(organization)
      ? randomDay(
          random,
          "2023-03-01",
          organization.dissolvedOn ? addDays(organization.dissolvedOn, -30) : "2025-06-30",
        )
      : organization.kind === "PROVINCIAL_COMMITTEE"
        ? "2025-10-15"
        : organization.kind === "GRASSROOTS_COMMITTEE"
          ? randomDay(random, "2025-04-01", "2025-06-30")
          : randomDay(random, "2025-07-01", "2025-08-31");
    const span = isCell(organization) ? CELL_TERM_DAYS : COMMITTEE_TERM_DAYS;
    organization.terms.push(
      { id: random.id(), startsOn: addDays(congress, -span), endsOn: congress, congress: false },
      { id: random.id(), startsOn: congress, endsOn: addDays(congress, span), congress: true },
    );
  }
}

/**
 * Lineage: about 5% of cells succeeded an older cell before the three years (partial dates, as sources give them);
 * about 2% were renamed (the old name stays a former name); about 1.5% of the others were formed in 2024 by merging
 * two cells and 0.5% by splitting one, their members transferred on the day.
 */
function lineage(organizations) {
  const { world } = organizations;
  const { random } = world;
  const mergers = [];
  const cells = organizations.activeCells();
  const untouched = [];
  for (const cell of cells) {
    if (random.chance(0.05)) {
      const year = random.int(2005, 2020);
      const predecessor = addCell(organizations, cell.parent, cell.kind, String(random.int(1980, year - 1)));
      predecessor.dissolvedOn = String(year);
      predecessor.size = 0;
      world.lineage.push({
        id: random.id(),
        predecessor,
        successor: cell,
        kind: random.pick(["SUCCEEDED", "RENAMED"]),
        occurredOn: String(year),
        note: null,
        decision: false,
      });
      if (cell.foundedOn === null || cell.foundedOn < String(year)) cell.foundedOn = String(year);
    } else if (random.chance(0.02)) {
      const day = randomDay(random, "2023-02-01", "2025-10-31");
      organizations.alias(cell, cell.name, "FORMER_NAME", cell.foundedOn, day);
      cell.name = `${cell.name} ${random.pick(["mới", "I", "II", "số 1", "số 2"])}`.replace("  ", " ");
      cell.version += 1;
    } else {
      untouched.push(cell);
    }
  }
  const mergedCount = Math.max(1, Math.round(cells.length * 0.015));
  const splitCount = Math.max(1, Math.round(cells.length * 0.005));
  for (const [index, successor] of random.sample(untouched, mergedCount + splitCount).entries()) {
    const day = randomDay(random, "2024-02-01", "2024-10-31");
    successor.foundedOn = day;
    if (index < mergedCount) {
      const parts = [0, 1].map(() => addCell(organizations, successor.parent, successor.kind));
      for (const part of parts) {
        part.dissolvedOn = day;
        part.size = Math.max(3, Math.round(successor.size / 2));
        world.lineage.push({
          id: random.id(),
          predecessor: part,
          successor,
          kind: "MERGED",
          occurredOn: day,
          note: "Hợp nhất theo quyết định của cấp ủy cấp trên.",
          decision: true,
        });
      }
      mergers.push({ day, predecessors: parts, successors: [successor] });
    } else {
      const sibling = addCell(organizations, successor.parent, successor.kind, day);
      const whole = addCell(organizations, successor.parent, successor.kind);
      whole.dissolvedOn = day;
      whole.size = successor.size + sibling.size;
      for (const part of [successor, sibling]) {
        world.lineage.push({
          id: random.id(),
          predecessor: whole,
          successor: part,
          kind: "SPLIT",
          occurredOn: day,
          note: "Chia tách theo quyết định của cấp ủy cấp trên.",
          decision: true,
        });
      }
      mergers.push({ day, predecessors: [whole], successors: [successor, sibling] });
    }
  }
  return mergers;
}

export function buildOrganizations(world) {
  const { random, scale } = world;
  const organizations = new Organizations(world);
  const { province, uppers } = provinceTree(organizations, scale);

  const grassrootsPerUpper = spread(
    random,
    uppers,
    scale.grassrootsCommittees,
    (upper) => (upper.flavor === "district" ? 3 : 1.5),
    1,
  );
  const grassroots = uppers.flatMap((upper) =>
    Array.from({ length: grassrootsPerUpper.get(upper) }, () => grassrootsCommittee(organizations, upper)),
  );
  // Large agencies (hospitals, big enterprises) split into partial committees.
  const partials = grassroots
    .filter(
      (committee) => committee.flavor !== "village" && committee.flavor !== "ward" && random.chance(0.08),
    )
    .map((committee) =>
      organizations.add({
        kind: "PARTIAL_COMMITTEE",
        name: `Đảng bộ bộ phận ${ORGANIZATION_NAMES.unitOfAgency(random)}`,
        parent: committee,
        flavor: committee.flavor,
        foundedOn: String(random.int(2000, 2018)),
        documentCode: "ĐUBP",
      }),
    );

  const grassrootsCells = Math.round(scale.cells * 0.2);
  const cellsPerUpper = spread(
    random,
    uppers,
    grassrootsCells,
    (upper) => (upper.flavor === "bloc" ? 4 : 1),
    0,
  );
  for (const upper of uppers) {
    for (let index = 0; index < cellsPerUpper.get(upper); index += 1)
      addCell(organizations, upper, "GRASSROOTS_CELL");
  }
  const parents = [...grassroots, ...partials];
  const cellsPerParent = spread(
    random,
    parents,
    scale.cells - grassrootsCells,
    (parent) => (parent.flavor === "village" ? 4 : parent.kind === "PARTIAL_COMMITTEE" ? 1.5 : 1),
    2,
  );
  for (const parent of parents) {
    for (let index = 0; index < cellsPerParent.get(parent); index += 1)
      addCell(organizations, parent, "SUBORDINATE_CELL");
  }

  // The rosters of 1 January 2023 hold about 85% of the people; admissions, arrivals, candidates and those who left
  // make up the rest. At most 44 at the start leaves room for three years of growth within a cell's 50.
  const active = organizations.activeCells();
  const wanted = scale.people * 0.855;
  const factor = wanted / active.reduce((sum, cell) => sum + cell.size, 0);
  for (const cell of active) cell.size = Math.min(44, Math.max(3, Math.round(cell.size * factor)));

  const mergers = lineage(organizations);
  terms(organizations);
  return { organizations, province, uppers, grassroots, mergers };
}

export function writeOrganizations(world, organizations, loader) {
  const { domain } = world;
  const cells = loader.table("cells", [
    "id",
    "kind",
    "name",
    "sort_key",
    "search_text",
    "parent_id",
    "path",
    "founded_on",
    "dissolved_on",
    "founding_document_id",
    "document_code",
    "version",
    "created_at",
    "updated_at",
  ]);
  const aliases = loader.table("cell_aliases", [
    "id",
    "cell_id",
    "name",
    "kind",
    "used_from",
    "used_until",
    "created_at",
  ]);
  const terms = loader.table("terms", [
    "id",
    "cell_id",
    "starts_on",
    "ends_on",
    "elected_at_meeting_id",
    "created_at",
  ]);
  const lineage = loader.table("cell_lineage", [
    "id",
    "predecessor_id",
    "successor_id",
    "kind",
    "occurred_on",
    "decision_document_id",
    "note",
    "created_at",
  ]);
  // Organizations were recorded when Chibo was set up, before the three years; later ones when they were founded.
  const recordedAt = (organization) =>
    organization.foundedOn !== null && organization.foundedOn > DATA_FROM
      ? `${organization.foundedOn}T03:00:00.000Z`
      : `${SETUP_DAY}T03:00:00.000Z`;
  for (const organization of organizations.all) {
    const createdAt = recordedAt(organization);
    cells.insert({
      id: organization.id,
      kind: organization.kind,
      name: organization.name,
      sort_key: domain.foldVietnamese(organization.name),
      search_text: domain.searchTextOf(
        organization.name,
        organization.aliases.map((alias) => alias.name),
      ),
      parent_id: organization.parent?.id ?? null,
      path: organization.path,
      founded_on: organization.foundedOn,
      dissolved_on: organization.dissolvedOn,
      founding_document_id: organization.foundingDocumentId,
      document_code: organization.documentCode,
      version: organization.version + (organization.dissolvedOn !== null ? 1 : 0),
      created_at: createdAt,
      updated_at:
        organization.dissolvedOn !== null && organization.dissolvedOn.length === 10
          ? `${organization.dissolvedOn}T03:00:00.000Z`
          : createdAt,
    });
    for (const alias of organization.aliases) {
      aliases.insert({
        id: alias.id,
        cell_id: organization.id,
        name: alias.name,
        kind: alias.kind,
        used_from: alias.usedFrom,
        used_until: alias.usedUntil,
        created_at: alias.usedUntil !== null ? `${alias.usedUntil}T03:00:00.000Z` : createdAt,
      });
    }
    for (const term of organization.terms) {
      terms.insert({
        id: term.id,
        cell_id: organization.id,
        starts_on: term.startsOn,
        ends_on: term.endsOn,
        elected_at_meeting_id: term.congressMeetingId ?? null,
        created_at: createdAt,
      });
    }
  }
  for (const entry of world.lineage) {
    lineage.insert({
      id: entry.id,
      predecessor_id: entry.predecessor.id,
      successor_id: entry.successor.id,
      kind: entry.kind,
      occurred_on: entry.occurredOn,
      decision_document_id: entry.decisionDocumentId ?? null,
      note: entry.note,
      created_at: recordedAt(entry.successor),
    });
  }
}
