/**
 * Type names are written as the 2025–26 form shows them ("Webinar/Online Training/Video/Livestream",
 * "Content Feedback and Editing"); the API's other spellings are synonyms in the portal rules.
 * Allowed values of the Microsoft MVP "Add activity" form, as defaults for copy-ready fields; the
 * portal's live lists win when filling. Sources: research/forms.md §Microsoft MVP (activity types,
 * roles, audiences, Microsoft events) and royklo/mvp-activity-monitoring references/technology-areas.md
 * (technology areas by group, 2026).
 */
export const ACTIVITY_TYPES = [
  'Blog',
  'Online Support',
  'Webinar/Online Training/Video/Livestream',
  'Podcast',
  'Speaker/Presenter at Third-party Event',
  'Speaker/Presenter at Microsoft Event',
  'Open Source/Project/Sample code/Tools',
  'Mentorship/Coaching',
  'User Group Owner',
  'Content Feedback and Editing',
  'Product Feedback',
  'Article',
  'Book/E-book',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ROLES = ['Author', 'Co-Author', 'Contributor', 'Host', 'Presenter', 'Speaker', 'Panelist', 'Moderator', 'Organizer', 'Mentor', 'Reviewer', 'Other'] as const;
export type Role = (typeof ROLES)[number];

export const TARGET_AUDIENCES = ['Developer', 'IT Pro', 'Technical Decision Maker', 'Business Decision Maker', 'Student', 'End User', 'Other'] as const;

/** The organizer/event dialog's Format and Type lists (lib/programs/mvp/fixtures/apply-organizer.html). */
export const EVENT_FORMATS = ['In-person', 'Online', 'Hybrid'] as const;
export type EventFormatName = (typeof EVENT_FORMATS)[number];
export const EVENT_TYPES = ['Conference', 'Meetup', 'Workshop', 'Hackathon', 'Other'] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];

export const MICROSOFT_EVENTS = ['MLSA Summit', 'MVP Summit', 'RD Summit', 'Build', 'Ignite', 'Inspire', 'Other'] as const;

export const TECHNOLOGY_AREAS: Readonly<Record<string, readonly string[]>> = {
  'Developer Technologies': ['.NET', 'C++', 'Developer Security', 'Developer Tools', 'DevOps', 'Java', 'Python', 'Web Development'],
  M365: [
    'Access', 'Clipchamp', 'Excel', 'Exchange', 'Loop', 'M365 Copilot', 'M365 Copilot Extensibility', 'M365 Development', 'Mesh',
    'Microsoft 365', 'Microsoft Graph', 'Microsoft Teams', 'Microsoft Viva', 'OneDrive', 'OneNote', 'Outlook', 'Planner',
    'PowerPoint', 'SharePoint', 'Visio', 'Word',
  ],
  'Business Applications': ['AI ERP', 'Business Central', 'Copilot Studio', 'Customer Experience', 'Customer Service', 'Power Apps', 'Power Automate', 'Power Pages'],
  'Data Platform': [
    'Analysis Services', 'Azure Cosmos DB', 'Azure Database for MySQL', 'Azure Database for PostgreSQL',
    'Azure SQL (Database, Pools, Serverless, Hyperscale, Managed Instance, Virtual Machines)', 'Data Integration',
    'Database Development & DevOps', 'Fabric Analytics', 'Microsoft Fabric', 'Microsoft Purview - Data Governance', 'OneLake',
    'Paginated Operational Reports (RDL)', 'Power BI', 'Real-Time Intelligence', 'SQL Server (on Windows, Linux, Containers)',
    'SQL Server ML Services', 'Tools & Connectivity',
  ],
  'Microsoft Azure': [
    'Azure Application PaaS', 'Azure Arc (Arc SQL Server, Arc SQL MI)', 'Azure Compute Infrastructure', 'Azure HPC & AI Infrastructure',
    'Azure Hybrid & Migration', 'Azure Infrastructure as Code', 'Azure Innovation Hub', 'Azure Integration PaaS',
    'Azure Kubernetes and Open Source', 'Azure Networking', 'Azure Operations & Management', 'Azure Solutions & Ecosystem',
    'Azure Storage', 'Azure Well-Architected & Resiliency', 'PowerShell',
  ],
  'Internet of Things': ['Azure Edge Devices', 'Azure IoT Services & Development'],
  'Windows and Devices': ['Azure Virtual Desktop', 'Surface', 'Windows', 'Windows 365'],
  Security: [
    'Cloud Security (Microsoft Defender for Cloud, Azure network security products, GitHub Advanced Security)', 'Identity & Access',
    'Microsoft Intune', 'Microsoft Purview', 'Microsoft Security Copilot', 'SIEM & XDR (Microsoft Sentinel & Microsoft Defender XDR suite)',
  ],
  'Cloud and Datacenter Management': [
    'Datacenter Management (Group Policy, System Center)', 'Enterprise and Platform Security', 'High Availability', 'Hyper-V',
    'Linux on Hyper-V', 'On-premises and Hybrid AKS, Container Management', 'On-Premises Identity', 'On-Premises Networking',
    'On-Premises Storage', 'Windows Server',
  ],
  'Microsoft Foundry': ['Microsoft Foundry'],
  'Windows Development': ['Windows Design', 'Windows Development'],
};

export const ALL_TECHNOLOGY_AREAS: readonly string[] = Object.values(TECHNOLOGY_AREAS).flat();
