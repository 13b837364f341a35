/**
 * Every word a report prints, in English and Chinese. Renderers never hard-code text: with
 * `--lang zh` all headings and labels are Chinese and bilingual catalogue names put Chinese first
 * (the Chinese catalogue is the legal text; the English is a translation).
 */
import type { BilingualText, ControlStatus, VerificationStatus } from '../engine/types';
import type { SkipReason } from '../engine/types';
import type { DecisionStatus } from './decisions';
import type { CategoryChangeKind } from './baseline';
import type { DecisionState, OrphanDecision } from './report-model';

export type ReportLanguage = 'en' | 'zh';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'zh'];

export interface Strings {
  /** BCP 47 tag for `lang` attributes. */
  tag: string;
  title: string;
  subtitle: string;
  contents: string;
  // header
  scanned: string;
  repository: string;
  pathInRepository: string;
  folder: string;
  commit: string;
  noCommit: string;
  workingTree: string;
  clean: string;
  uncommitted: (n: number) => string;
  gitUnavailable: (why: string) => string;
  scanDate: string;
  tool: string;
  catalogues: string;
  treeDigest: string;
  treeDigestNote: (files: number) => string;
  baselineLabel: string;
  // summary
  executiveSummary: string;
  needApproval: (needing: number, total: number) => string;
  summaryTableCaption: string;
  regimeCol: string;
  itemCol: string;
  categoryCol: string;
  statusCol: string;
  modulesCountCol: string;
  modulesCol: string;
  noneNeedApproval: string;
  chartTitle: string;
  chartDescription: (rows: { label: string; count: number }[]) => string;
  decisionsSummary: (d: { current: number; stale: number; noDigest: number; none: number }) => string;
  // modules
  modulesHeading: string;
  needsApproval: string;
  belowThreshold: string;
  classification: string;
  rationale: string;
  catalogueItem: string;
  itemName: string;
  controlPoint: string;
  categoryName: string;
  controlStatus: string;
  confidence: string;
  signalKinds: string;
  findings: string;
  suppressedCount: string;
  evidence: string;
  noActiveEvidence: string;
  suppressedFindings: string;
  suppressionReason: string;
  excerptUnavailable: string;
  line: string;
  reviewDecision: string;
  decisionStatusLabel: string;
  reviewer: string;
  date: string;
  note: string;
  licence: string;
  noDecision: string;
  howToDecide: (module: string, category: string) => string;
  stale: string;
  staleExplanation: string;
  noDigest: string;
  current: string;
  cleanModules: string;
  cleanModulesIntro: string;
  unverifiedMark: string;
  // baseline
  changes: string;
  changeCol: string;
  sinceBaseline: (source: string) => string;
  changeCounts: (c: Record<CategoryChangeKind, number>) => string;
  newModules: string;
  goneModules: string;
  goneFindings: string;
  newFinding: string;
  previously: (confidence: number, findings: number) => string;
  // decisions
  decisionsFileProblems: (file: string) => string;
  orphanDecisions: string;
  orphanReason: Record<OrphanDecision['reason'], string>;
  // appendix
  appendix: string;
  method: string;
  methodParagraphs: (t: { approval: number; report: number; conclusiveWeight: number; uncorroboratedCap: number }) => string[];
  limitations: string;
  limitationParagraphs: string[];
  notLegalAdvice: string;
  unverifiedFacts: string;
  unverifiedIntro: string;
  verification: string;
  sources: string;
  skippedFiles: string;
  reason: string;
  detail: string;
  path: string;
  errors: string;
  message: string;
  none: string;
  statistics: string;
  statsLine: (s: { filesScanned: number; filesSkipped: number; bytesScanned: number }) => string;
  yes: string;
  no: string;
  // enumerations
  status: Record<ControlStatus, string>;
  decisionStatus: Record<DecisionStatus, string>;
  decisionState: Record<DecisionState, string>;
  change: Record<CategoryChangeKind, string>;
  verificationStatus: Record<VerificationStatus, string>;
  skipReason: Record<SkipReason, string>;
  regime: (id: string) => string;
  csv: Record<CsvColumn, string>;
  moduleNoLongerFound: string;
}

export type CsvColumn =
  | 'module'
  | 'requiresApproval'
  | 'categoryId'
  | 'regime'
  | 'itemNumber'
  | 'controlPoint'
  | 'nameEn'
  | 'nameZh'
  | 'status'
  | 'confidence'
  | 'findings'
  | 'suppressed'
  | 'decisionStatus'
  | 'decisionStale'
  | 'reviewer'
  | 'decisionDate'
  | 'note'
  | 'licence'
  | 'change'
  | 'remark';

const percent = (n: number) => n.toFixed(2);

const en: Strings = {
  tag: 'en',
  title: 'Export-control classification report',
  subtitle: 'Technical classification of source code against export-control catalogues, for legal review',
  contents: 'Contents',
  scanned: 'What was scanned',
  repository: 'Repository',
  pathInRepository: 'Path in repository',
  folder: 'Scanned folder',
  commit: 'Git commit',
  noCommit: 'none (the repository has no commit yet)',
  workingTree: 'Working tree',
  clean: 'clean: identical to the commit',
  uncommitted: (n) => `DIRTY: ${n} uncommitted change(s) under the scanned path (listed in the appendix)`,
  gitUnavailable: (why) => `no git information (${why})`,
  scanDate: 'Scan date',
  tool: 'Tool',
  catalogues: 'Catalogues applied',
  treeDigest: 'Tree digest (SHA-256)',
  treeDigestNote: (files) => `over the ${files} files the scanner reads: sorted relative paths, sizes and contents`,
  baselineLabel: 'Compared with baseline',
  executiveSummary: 'Executive summary',
  needApproval: (needing, total) => `${needing} of ${total} modules need export approval.`,
  summaryTableCaption: 'Modules needing approval, by regime and catalogue category',
  regimeCol: 'Regime',
  itemCol: 'Item number',
  categoryCol: 'Category',
  statusCol: 'Control status',
  modulesCountCol: 'Modules needing approval',
  modulesCol: 'Modules',
  noneNeedApproval: 'No module needs approval under the loaded catalogues.',
  chartTitle: 'Modules needing approval per category',
  chartDescription: (rows) =>
    rows.length ? `Bar chart. ${rows.map((r) => `${r.label}: ${r.count} module(s)`).join('; ')}.` : 'Bar chart with no bars: no module needs approval.',
  decisionsSummary: (d) =>
    `Review decisions for the categories needing approval: ${d.current} current, ${d.stale} stale, ${d.noDigest} without an evidence digest, ${d.none} still to decide.`,
  modulesHeading: 'Module',
  needsApproval: 'Needs approval',
  belowThreshold: 'Below the approval threshold (information only)',
  classification: 'Classification',
  rationale: 'Rationale',
  catalogueItem: 'Catalogue item',
  itemName: 'Item name',
  controlPoint: 'Control point',
  categoryName: 'Category',
  controlStatus: 'Control status',
  confidence: 'Confidence',
  signalKinds: 'Kinds of evidence',
  findings: 'Findings',
  suppressedCount: 'Suppressed',
  evidence: 'Evidence',
  noActiveEvidence: 'No unsuppressed evidence.',
  suppressedFindings: 'Suppressed findings',
  suppressionReason: 'Reason given in the code',
  excerptUnavailable: 'excerpt unavailable (the file could not be read)',
  line: 'line',
  reviewDecision: 'Review decision',
  decisionStatusLabel: 'Decision',
  reviewer: 'Reviewer',
  date: 'Date',
  note: 'Note',
  licence: 'Licence reference',
  noDecision: 'No decision recorded.',
  howToDecide: (module, category) => `Record one with: exportlens review --module ${module} --category ${category} --status … --reviewer …`,
  stale: 'STALE',
  staleExplanation: 'the evidence changed since this decision was recorded; review it again',
  noDigest: 'not tied to evidence (no evidenceDigest): cannot tell whether the evidence changed',
  current: 'current: the evidence is unchanged since the decision',
  cleanModules: 'Modules without catalogue technology',
  cleanModulesIntro: 'Nothing from the loaded catalogues was found above the reporting threshold in these modules.',
  unverifiedMark: 'catalogue facts not verified against the official text',
  changes: 'Changes since the baseline',
  changeCol: 'Change',
  sinceBaseline: (source) => `Compared with the earlier scan ${source}.`,
  changeCounts: (c) => `Module × category: ${c.new} new, ${c.changed} changed, ${c.gone} gone, ${c.unchanged} unchanged.`,
  newModules: 'New modules',
  goneModules: 'Modules gone since the baseline',
  goneFindings: 'Findings gone since the baseline',
  newFinding: 'NEW',
  previously: (confidence, findings) => `baseline: confidence ${percent(confidence)}, ${findings} finding(s)`,
  decisionsFileProblems: (file) => `The review record ${file} is malformed; its decisions are not shown and it will not be overwritten until it is fixed:`,
  orphanDecisions: 'Decisions without current evidence',
  orphanReason: { 'module-not-found': 'module no longer found', 'category-not-detected': 'category no longer detected in this module' },
  appendix: 'Appendix',
  method: 'Method',
  methodParagraphs: (t) => [
    'ExportLens reads the source code, dependency manifests and notices; it never executes the scanned code. Each catalogue category defines signals of several kinds: declared dependencies, imports, API calls, string literals, constant tables, identifier vocabulary and notices.',
    `Each distinct signal counts once. Signals of one kind combine as independent chances (1 − Π(1 − weight)), and kinds combine the same way, so corroboration across kinds (a dependency, its import and a call to its API) raises confidence quickly. A single signal of weight ≥ ${t.conclusiveWeight} is conclusive on its own. Without corroboration (fewer than two kinds and no conclusive signal) confidence is capped at ${t.uncorroboratedCap}. Identifier vocabulary alone is capped lower still.`,
    `Context signals (for example a push-notification send) count only next to positive evidence of the same category in the same module; negative signals (hashing, HMAC, signatures only) dampen weak evidence but never cancel strong evidence.`,
    `A module needs approval when one of its categories reaches confidence ${t.approval}. Findings below ${t.report} are not reported. Findings suppressed in the code with an exportlens-ignore directive must carry a reason; they are listed with it and do not count.`,
    'Review decisions are stored in .exportlens/decisions.yaml with a digest of the evidence they were made on (file, signal and matched code, not line numbers). A decision is marked STALE when that evidence changes.',
  ],
  limitations: 'Limitations',
  limitationParagraphs: [
    'Static evidence shows that code uses a technology; it does not prove that a transfer is controlled. Whether a licence is needed depends on the transaction (who receives what, where, under which contract), which no scanner can see.',
    'Code loaded at run time, generated code, binaries, vendored and ignored folders, and files skipped for the reasons listed below are not analysed.',
    'Catalogue facts (item numbers, names, control points) are taken from the sources cited in each catalogue file; facts not verified against the official text are flagged below.',
  ],
  notLegalAdvice: 'This report is a technical aid for legal and compliance reviewers. It is not legal advice and does not replace a classification by a qualified person or the competent authority.',
  unverifiedFacts: 'Catalogue facts not verified against the official text',
  unverifiedIntro: 'For these categories the item number, names or control point come from secondary sources or are not yet verified. Check them against the official text before relying on them.',
  verification: 'Verification',
  sources: 'Sources',
  skippedFiles: 'Files skipped',
  reason: 'Reason',
  detail: 'Detail',
  path: 'Path',
  errors: 'Errors and warnings',
  message: 'Message',
  none: 'None.',
  statistics: 'Scan statistics',
  statsLine: (s) => `${s.filesScanned} files scanned (${s.bytesScanned} bytes), ${s.filesSkipped} skipped.`,
  yes: 'yes',
  no: 'no',
  status: { restricted: 'restricted (export licence needed)', prohibited: 'prohibited (may not be exported)', controlled: 'controlled (licence or licence exception)' },
  decisionStatus: { controlled: 'controlled', 'not-controlled': 'not controlled', 'licence-required': 'licence required', 'licence-granted': 'licence granted' },
  decisionState: { none: 'no decision', current: 'current', stale: 'STALE', 'no-digest': 'not tied to evidence' },
  change: { new: 'NEW', changed: 'CHANGED', gone: 'GONE', unchanged: 'unchanged' },
  verificationStatus: { verified: 'verified', secondary: 'secondary sources only', unverified: 'unverified' },
  skipReason: {
    ignored: 'ignored (.gitignore / .exportlensignore)',
    vendored: 'vendored third-party code',
    binary: 'binary',
    minified: 'minified',
    generated: 'generated',
    declarations: 'type declarations only (.d.ts, .pyi)',
    'too-large': 'too large',
    unsupported: 'not a regular file',
    unreadable: 'unreadable',
    excluded: 'excluded by a glob',
    symlink: 'symbolic link (not followed)',
  },
  regime: (id) => (id === 'cn' ? 'China' : id === 'us-ear' ? 'US EAR' : id.toUpperCase()),
  csv: {
    module: 'module',
    requiresApproval: 'requires approval',
    categoryId: 'category id',
    regime: 'regime',
    itemNumber: 'item number',
    controlPoint: 'control point',
    nameEn: 'name (English)',
    nameZh: 'name (Chinese)',
    status: 'control status',
    confidence: 'confidence',
    findings: 'findings',
    suppressed: 'suppressed',
    decisionStatus: 'decision status',
    decisionStale: 'decision stale',
    reviewer: 'reviewer',
    decisionDate: 'decision date',
    note: 'note',
    licence: 'licence',
    change: 'change since baseline',
    remark: 'remark',
  },
  moduleNoLongerFound: 'module no longer found',
};

const zh: Strings = {
  tag: 'zh-CN',
  title: '出口管制分类报告',
  subtitle: '依据出口管制目录对源代码进行的技术分类，供法务审查使用',
  contents: '目录',
  scanned: '扫描对象',
  repository: '代码仓库',
  pathInRepository: '仓库内路径',
  folder: '扫描目录',
  commit: 'Git 提交',
  noCommit: '无（仓库尚无提交）',
  workingTree: '工作区',
  clean: '干净：与该提交一致',
  uncommitted: (n) => `有未提交修改：扫描路径下共 ${n} 处（见附录）`,
  gitUnavailable: (why) => `无 Git 信息（${why}）`,
  scanDate: '扫描日期',
  tool: '工具',
  catalogues: '适用目录',
  treeDigest: '文件树摘要（SHA-256）',
  treeDigestNote: (files) => `覆盖扫描器读取的 ${files} 个文件：按相对路径排序，含路径、大小与内容`,
  baselineLabel: '对比基线',
  executiveSummary: '摘要',
  needApproval: (needing, total) => `${total} 个模块中有 ${needing} 个需要出口审批。`,
  summaryTableCaption: '需要审批的模块（按管制制度与目录类别）',
  regimeCol: '管制制度',
  itemCol: '编号',
  categoryCol: '类别',
  statusCol: '管制类型',
  modulesCountCol: '需审批模块数',
  modulesCol: '模块',
  noneNeedApproval: '依据所加载的目录，没有模块需要审批。',
  chartTitle: '各类别需审批的模块数',
  chartDescription: (rows) => (rows.length ? `条形图。${rows.map((r) => `${r.label}：${r.count} 个模块`).join('；')}。` : '条形图为空：没有模块需要审批。'),
  decisionsSummary: (d) => `需审批类别的审查结论：有效 ${d.current} 项，已过期 ${d.stale} 项，未关联证据 ${d.noDigest} 项，待审查 ${d.none} 项。`,
  modulesHeading: '模块',
  needsApproval: '需要审批',
  belowThreshold: '低于审批阈值（仅供参考）',
  classification: '分类',
  rationale: '分类依据（引擎说明，英文）',
  catalogueItem: '目录条目',
  itemName: '条目名称',
  controlPoint: '控制要点',
  categoryName: '类别',
  controlStatus: '管制类型',
  confidence: '置信度',
  signalKinds: '证据类型',
  findings: '发现数',
  suppressedCount: '已抑制',
  evidence: '证据',
  noActiveEvidence: '没有未抑制的证据。',
  suppressedFindings: '已抑制的发现',
  suppressionReason: '代码中注明的理由',
  excerptUnavailable: '无法显示代码摘录（文件无法读取）',
  line: '行',
  reviewDecision: '审查结论',
  decisionStatusLabel: '结论',
  reviewer: '审查人',
  date: '日期',
  note: '备注',
  licence: '许可证编号',
  noDecision: '尚无审查结论。',
  howToDecide: (module, category) => `记录方法：exportlens review --module ${module} --category ${category} --status … --reviewer …`,
  stale: '已过期',
  staleExplanation: '记录结论后证据已发生变化，请重新审查',
  noDigest: '未关联证据（缺少 evidenceDigest）：无法判断证据是否变化',
  current: '有效：结论作出后证据未变化',
  cleanModules: '未发现目录技术的模块',
  cleanModulesIntro: '在这些模块中未发现超过报告阈值的目录技术。',
  unverifiedMark: '目录信息尚未与官方文本核对',
  changes: '与基线相比的变化',
  changeCol: '变化',
  sinceBaseline: (source) => `与此前的扫描结果 ${source} 对比。`,
  changeCounts: (c) => `模块×类别：新增 ${c.new} 项，变化 ${c.changed} 项，消失 ${c.gone} 项，未变 ${c.unchanged} 项。`,
  newModules: '新增模块',
  goneModules: '基线之后消失的模块',
  goneFindings: '基线之后消失的发现',
  newFinding: '新增',
  previously: (confidence, findings) => `基线：置信度 ${percent(confidence)}，发现 ${findings} 项`,
  decisionsFileProblems: (file) => `审查记录 ${file} 格式有误；其中的结论未显示，修正之前不会被覆盖：`,
  orphanDecisions: '无当前证据的审查结论',
  orphanReason: { 'module-not-found': '模块已不存在', 'category-not-detected': '该模块中已不再检测到此类别' },
  appendix: '附录',
  method: '方法',
  methodParagraphs: (t) => [
    'ExportLens 读取源代码、依赖清单和说明文件，从不执行被扫描的代码。每个目录类别定义若干类信号：声明的依赖、导入、API 调用、字符串字面量、常量表、标识符词汇和说明文字。',
    `每个不同的信号只计一次。同类信号按独立概率合并（1 − Π(1 − 权重)），不同类之间同样合并，因此多类证据相互印证（依赖、导入及其 API 调用）会迅速提高置信度。权重 ≥ ${t.conclusiveWeight} 的单个信号本身即具决定性。缺乏印证（少于两类且无决定性信号）时，置信度上限为 ${t.uncorroboratedCap}；仅有标识符词汇时上限更低。`,
    '上下文信号（例如推送发送）仅在同一模块存在同类别的正面证据时才计入；负面信号（仅用于哈希、HMAC、签名）会削弱较弱的证据，但不会抵消强证据。',
    `模块中任一类别的置信度达到 ${t.approval} 即判定该模块需要审批。低于 ${t.report} 的发现不予报告。代码中以 exportlens-ignore 指令抑制的发现必须注明理由，报告中连同理由列出，但不计入分类。`,
    '审查结论保存在 .exportlens/decisions.yaml 中，并附有作出结论时所依据证据的摘要（文件、信号和匹配的代码，不含行号）。证据变化时，该结论标记为“已过期”。',
  ],
  limitations: '局限性',
  limitationParagraphs: [
    '静态证据只能说明代码使用了某项技术，不能证明某次转让属于管制范围。是否需要许可取决于具体交易（向谁、转让什么、去往何处、依据何种合同），扫描器无法获知。',
    '运行时加载的代码、生成的代码、二进制文件、第三方目录和被忽略的目录，以及下文所列被跳过的文件，均未分析。',
    '目录信息（编号、名称、控制要点）取自各目录文件所引用的来源；未与官方文本核对的信息在下文标出。',
  ],
  notLegalAdvice: '本报告是供法务与合规审查人员使用的技术辅助材料，不构成法律意见，也不能替代合格人员或主管部门作出的分类。',
  unverifiedFacts: '未与官方文本核对的目录信息',
  unverifiedIntro: '以下类别的编号、名称或控制要点来自二手资料或尚未核对，使用前请与官方文本核对。',
  verification: '核对状态',
  sources: '来源',
  skippedFiles: '跳过的文件',
  reason: '原因',
  detail: '详情',
  path: '路径',
  errors: '错误与警告',
  message: '信息',
  none: '无。',
  statistics: '扫描统计',
  statsLine: (s) => `扫描文件 ${s.filesScanned} 个（${s.bytesScanned} 字节），跳过 ${s.filesSkipped} 个。`,
  yes: '是',
  no: '否',
  status: { restricted: '限制出口（需出口许可）', prohibited: '禁止出口', controlled: '受管控（需许可或许可例外）' },
  decisionStatus: { controlled: '受管控', 'not-controlled': '不受管控', 'licence-required': '需要许可', 'licence-granted': '已获许可' },
  decisionState: { none: '无结论', current: '有效', stale: '已过期', 'no-digest': '未关联证据' },
  change: { new: '新增', changed: '有变化', gone: '已消失', unchanged: '未变' },
  verificationStatus: { verified: '已核对', secondary: '仅有二手资料', unverified: '未核对' },
  skipReason: {
    ignored: '已忽略（.gitignore / .exportlensignore）',
    vendored: '第三方代码目录',
    binary: '二进制文件',
    minified: '压缩代码',
    generated: '生成的代码',
    declarations: '仅类型声明（.d.ts、.pyi）',
    'too-large': '文件过大',
    unsupported: '非普通文件',
    unreadable: '无法读取',
    excluded: '被排除规则排除',
    symlink: '符号链接（未跟随）',
  },
  regime: (id) => (id === 'cn' ? '中国' : id === 'us-ear' ? '美国 EAR' : id.toUpperCase()),
  csv: {
    module: '模块',
    requiresApproval: '需要审批',
    categoryId: '类别标识',
    regime: '管制制度',
    itemNumber: '编号',
    controlPoint: '控制要点',
    nameEn: '名称（英文）',
    nameZh: '名称（中文）',
    status: '管制类型',
    confidence: '置信度',
    findings: '发现数',
    suppressed: '已抑制',
    decisionStatus: '审查结论',
    decisionStale: '结论已过期',
    reviewer: '审查人',
    decisionDate: '结论日期',
    note: '备注',
    licence: '许可证编号',
    change: '与基线相比',
    remark: '说明',
  },
  moduleNoLongerFound: '模块已不存在',
};

export function stringsFor(lang: ReportLanguage): Strings {
  return lang === 'zh' ? zh : en;
}

/** A bilingual name, the report language first: "Information processing technology / 信息处理技术". */
export function bilingual(text: BilingualText, lang: ReportLanguage): string {
  if (!text.zh || text.zh === text.en) return text.en;
  return lang === 'zh' ? `${text.zh} / ${text.en}` : `${text.en} / ${text.zh}`;
}

/** The primary name only, in the report language when available. */
export function primary(text: BilingualText, lang: ReportLanguage): string {
  return lang === 'zh' && text.zh ? text.zh : text.en;
}
