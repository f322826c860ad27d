// The shape of the demo dataset. `demo-data.generator.ts` produces it deterministically (same seed → same
// data); `demo-data.seeder.ts` writes it to the database on the first start with DEMO_DATA on.
import type {
  ActivityType,
  ExpenseCategory,
  OutcomeItem,
  ProblemSolved,
  TeamLevel,
  DemandStatus,
  ExpertSource,
  Field,
  Gender,
  Honour,
  KeyAssistance,
  OrganizationKind,
  Role,
  ServiceForm,
  TitleLevel,
} from '@app/domain';
import type { DemoProgramme } from './demo-programme.js';

export interface DemoOrganization {
  /** Stable key used to link accounts, experts and demands to it inside the dataset. */
  key: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  creditCode?: string;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  regionCode?: string;
  organizationKey?: string;
  /** For EXPERT accounts: index into `experts`. */
  expertIndex?: number;
}

export interface DemoExpert {
  name: string;
  gender: Gender;
  employerKey: string;
  title: string;
  titleLevel: TitleLevel;
  fields: Field[];
  specialties: string;
  honours: Honour[];
  regionCode: string;
  source: ExpertSource;
  retired: boolean;
  phone: string;
  email: string;
  annualCapDays: number;
}

export interface DemoDemand {
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  regionCode: string;
  organizationKey: string;
  expertsWanted: number;
  minTitleLevel: TitleLevel | null;
  startDate: string;
  endDate: string;
  expectedDays: number;
  openToVolunteers: boolean;
  contactName: string;
  contactPhone: string;
  /** Where the demand stands in the demo: DRAFT, SUBMITTED, RETURNED or ACCEPTED (later states come from real use). */
  status: Extract<DemandStatus, 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED'>;
  /** The bureau's note for RETURNED / ACCEPTED demands. */
  reviewNote?: string;
  /** Days before "today" the demand was submitted (for realistic waiting times and overdue flags). */
  submittedDaysAgo?: number;
}

export interface DemoDataset {
  /** County codes to mark as 乡村振兴重点帮扶县. */
  keyAssistance: { regionCode: string; level: Exclude<KeyAssistance, 'NONE'> }[];
  /** 对口帮扶: the serving province's code and the partner regions (cities/counties) it serves. */
  partnerships: { servingCode: string; servedCode: string }[];
  organizations: DemoOrganization[];
  accounts: DemoAccount[];
  experts: DemoExpert[];
  demands: DemoDemand[];
  /** Demands already in service or served, with their teams, batches, evaluations and funding. */
  services: DemoService[];
  /** The programme year: applications with their experts, reviewers and the base's roster. */
  programme: DemoProgramme;
}

export interface DemoBatchSpec {
  startDaysAgo: number;
  calendarDays: number;
  days: number;
  /** Positions in the team: 0 is the lead, then the members in order. */
  experts: number[];
  unitNames: string[];
  unitsServed?: number;
  remote?: boolean;
  activities: { type: ActivityType; count: number; participants?: number }[];
  outcomes: { item: OutcomeItem; value?: number; text?: string }[];
  problems: string[];
}

export interface DemoServiceSpec {
  organizationKey: string;
  title: string;
  description: string;
  fields: Field[];
  serviceForms: ServiceForm[];
  status: Extract<DemandStatus, 'IN_SERVICE' | 'DELIVERED' | 'EVALUATED'>;
  submittedDaysAgo: number;
  /** When the unit wanted the service finished, if earlier than the team's end (a late delivery). */
  wantedEndDaysAhead?: number;
  team: {
    name: string;
    level: TeamLevel;
    /** A fixed expert (index into `experts`) or the first free one of a field (a senior one for the lead). */
    lead: { fixed: number } | { field: Field };
    members: ({ fixed: number } | { field: Field })[];
    startDaysAgo: number;
    /** Negative: the period ended that many days ago. */
    endDaysAhead: number;
  };
  batches: DemoBatchSpec[];
  evaluation?: {
    scores: [number, number, number, number];
    problemSolved: ProblemSolved;
    comment: string | null;
    daysAfterDelivery: number;
    /** Answers to the follow-ups that are due, in order (+30, +180). */
    followUps: ProblemSolved[];
  };
  funding?: {
    ministry: number;
    matching: number;
    source: string;
    expenses: { category: ExpenseCategory; amount: number; daysAgo: number; note: string | null }[];
    supportMeasures: string | null;
    publicity: { media: string; daysAgo: number; title: string }[];
  };
}

export interface DemoService extends DemoServiceSpec {
  regionCode: string;
  leadExpertIndex: number;
  memberExpertIndexes: number[];
}
