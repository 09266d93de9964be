import type { OrukLoss } from './ledger.js';

type Reason = { code: OrukLoss['code']; reason: string };

/** HSDS 3.0 / ORUK objects, by the key they sit under. */
const ENTITY: Record<string, string> = {
  schedules: 'schedule',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  location: 'location',
  locations: 'location',
  addresses: 'address',
  accessibility: 'accessibility',
  contacts: 'contact',
  phones: 'phone',
  languages: 'language',
  organization: 'organization',
  cost_options: 'cost_option',
  attributes: 'attribute',
  taxonomy_term: 'taxonomy_term',
  funding: 'funding',
  program: 'program',
  programs: 'program',
  required_documents: 'required_document',
  organization_identifiers: 'organization_identifier',
  metadata: 'metadata',
  service: 'service',
  services: 'service',
  capacities: 'service_capacity',
  taxonomy_detail: 'taxonomy',
};

/** Objects livewell has no record for at all: everything under them is not held. */
const WHOLE: Record<string, string> = {
  funding: 'livewell keeps no funding sources',
  program: 'livewell keeps no HSDS programs (its programmes are bookings, not groupings)',
  required_document: 'livewell keeps no required documents (describe them in eligibility)',
  organization_identifier: 'livewell keeps no organisation identifiers (charity, company numbers)',
  metadata: 'livewell keeps no change metadata (its own audit log records changes)',
  service_capacity: 'livewell reads capacity from its own booking records, not HSDS capacities',
  taxonomy: 'livewell keeps the taxonomy as the coding system; taxonomy details are not kept',
};

/** Nested lists livewell does not read in that place: everything under them is not held. */
const SUBTREE: Record<string, string> = {
  'organization.contacts': 'livewell keeps contacts on the service, not the organisation',
  'organization.phones': 'livewell keeps phones on the service contacts, not the organisation',
  'organization.locations':
    'livewell reads the locations a service is delivered at (service_at_locations)',
  'organization.programs': 'livewell keeps no HSDS programs',
  'organization.services': 'read each service on its own',
  'organization.attributes': 'livewell reads taxonomy attributes on the service only',
  'location.schedules':
    'livewell keeps schedules per service at a location, not location opening hours',
  'location.contacts': 'livewell keeps contacts on the service, not the location',
  'location.phones': 'livewell keeps phones on the service contacts, not the location',
  'location.languages': 'livewell keeps languages on the service, not the location',
  'service_at_location.contacts': 'livewell keeps contacts on the service, not per location',
  'service_at_location.phones': 'livewell keeps phones on the service contacts, not per location',
  'phone.languages': 'livewell keeps languages on the service, not per phone',
};

const ID_DERIVED = 'livewell keeps no id for this; export derives a stable UUID';
const LINK = 'a link id implied by nesting; export writes it from the parent';

/** Field reasons, `entity.field`; `*.field` applies to any entity. */
const FIELD: Record<string, string> = {
  '*.service_id': LINK,
  '*.location_id': LINK,
  '*.organization_id': LINK,
  '*.service_at_location_id': LINK,
  '*.link_id': LINK,
  '*.phone_id': LINK,
  '*.contact_id': LINK,
  '*.taxonomy_term_id': 'the attribute is read from its nested taxonomy_term',
  '*.alternate_name': 'livewell keeps one name',
  '*.attributes': 'livewell reads taxonomy attributes on the service only',
  'service.interpretation_services': 'livewell keeps spoken languages, not interpreting text',
  'service.application_process': 'livewell keeps referral routes, not application text',
  'service.fees_description': 'livewell keeps structured cost options, not fee text',
  'service.fees': 'livewell keeps structured cost options, not fee text',
  'service.wait_time': 'livewell keeps no waiting time',
  'service.accreditations': 'livewell keeps no accreditations',
  'service.licenses': 'livewell keeps no licences',
  'service.alert': 'livewell keeps no alert text',
  'service.assurer_email': 'livewell keeps when details were confirmed, not by whom',
  'service.last_modified': 'livewell records its own modification times',
  'service.program_id': 'livewell keeps no HSDS programs',
  'schedule.id': 'the schedule was not imported',
  'schedule.schedule_link': 'livewell keeps no booking link per schedule',
  'schedule.attending_type': 'livewell keeps delivery modes on the service, not per schedule',
  'schedule.notes': 'livewell keeps one description per schedule',
  'schedule.wkst': 'livewell weeks start on Monday; another week start changes no session here',
  'service_area.id': ID_DERIVED,
  'service_area.extent_type':
    'livewell reads its own postcode-prefix and radius extents; other areas are kept as eligibility text',
  'service_area.uri': 'livewell keeps no service-area link',
  'service_area.service_area':
    'an ORUK free-text area: kept in the eligibility description when the extent is not read',
  'service_at_location.description': 'livewell keeps no description per service-at-location',
  'service_at_location.contacts': 'livewell keeps contacts on the service',
  'location.alternate_name': 'livewell keeps one name',
  'location.transportation': 'livewell keeps no transport directions',
  'location.url': 'livewell keeps no location web page',
  'location.external_identifier': 'livewell keeps no external place identifier (UPRN)',
  'location.external_identifier_type': 'livewell keeps no external place identifier (UPRN)',
  'location.location_type': 'livewell locations are places; the type is implied',
  'location.schedules': 'livewell keeps schedules per service, not location opening hours',
  'location.languages': 'livewell keeps languages on the service',
  'location.contacts': 'livewell keeps contacts on the service',
  'location.phones': 'livewell keeps phones on the service contacts',
  'address.id': ID_DERIVED,
  'address.attention': 'livewell keeps no addressee',
  'address.region': 'livewell addresses are UK-style: lines, city, postcode',
  'address.state_province': 'livewell addresses are UK-style: lines, city, postcode',
  'address.country': 'livewell addresses are UK-style: lines, city, postcode',
  'address.address_type': 'livewell keeps one address per location',
  'accessibility.id': ID_DERIVED,
  'accessibility.url': 'livewell keeps no accessibility link',
  'contact.id': ID_DERIVED,
  'contact.department': 'livewell keeps a contact name and title, not a department',
  'phone.id': ID_DERIVED,
  'phone.extension': 'livewell keeps one phone number per contact, without extension',
  'phone.type': 'livewell keeps no phone type',
  'phone.description': 'livewell keeps no phone description',
  'phone.languages': 'livewell keeps languages on the service',
  'language.id': ID_DERIVED,
  'language.name': 'livewell keeps BCP 47 language codes',
  'language.note': 'livewell keeps BCP 47 language codes',
  'organization.logo': 'livewell keeps no organisation logo',
  'organization.uri': 'livewell keeps an organisation website, not a URI',
  'organization.parent_organization_id': 'livewell keeps no organisation hierarchy',
  'organization.tax_status': 'livewell keeps no tax status',
  'organization.year_incorporated': 'livewell keeps no incorporation year',
  'organization.legal_status': 'livewell keeps no legal status',
  'organization.services': 'read each service on its own',
  'organization.locations': 'livewell reads the locations a service is delivered at',
  'organization.contacts': 'livewell keeps contacts on the service',
  'organization.phones': 'livewell keeps phones on the service contacts',
  'cost_option.id': ID_DERIVED,
  'cost_option.valid_from': 'livewell keeps the current cost, without validity dates',
  'cost_option.valid_to': 'livewell keeps the current cost, without validity dates',
  'cost_option.option': 'livewell keeps an amount and what it is for, not an option label',
  'attribute.id': ID_DERIVED,
  'attribute.link_type': 'the attribute was not read (no usable taxonomy term)',
  'attribute.link_entity': 'livewell reads taxonomy attributes on the service only',
  'attribute.value': 'livewell keeps coded terms, not attribute values',
  'attribute.label': 'livewell keeps coded terms, not attribute labels',
  'taxonomy_term.id': 'livewell keeps a term as a coding (system and code)',
  'taxonomy_term.parent_id': 'livewell keeps no taxonomy hierarchy',
  'taxonomy_term.taxonomy_id': 'livewell keeps the taxonomy by name or URI',
  'taxonomy_term.term_uri': 'livewell keeps a term as a coding (system and code)',
  'taxonomy_term.term': 'livewell keeps the term name as the display',
  'taxonomy_term.name': 'livewell keeps the term description as the display',
  'taxonomy_term.description': 'the term was not read',
  'taxonomy_term.version': 'livewell keeps no taxonomy versions',
  'taxonomy_term.language': 'livewell keeps no taxonomy languages',
};

/** Splits a path into property names (array indices dropped). */
const keysOf = (path: string): string[] =>
  path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((k) => k !== '');

/**
 * Why a source path was not kept, when the import recorded no more specific reason: a whole
 * object livewell has no record for, a known field with no place in livewell's model, or a
 * field neither HSDS 3.0 nor the ORUK profile defines.
 */
export function reasonFor(path: string): Reason {
  const keys = keysOf(path);
  const entities = keys.slice(0, -1).map((k) => ENTITY[k]);
  for (const e of entities) {
    const whole = e === undefined ? undefined : WHOLE[e];
    if (whole) return { code: 'not-held', reason: whole };
  }
  for (let j = 0; j < keys.length - 1; j += 1) {
    const owner = j === 0 ? 'service' : ENTITY[keys[j - 1] ?? ''];
    const subtree = SUBTREE[`${owner}.${keys[j]}`];
    if (subtree) return { code: 'not-held', reason: subtree };
  }
  const field = keys[keys.length - 1] ?? '';
  const owner = keys.length === 1 ? 'service' : entities[entities.length - 1];
  if (keys.indexOf('attributes') > 0 || keys.lastIndexOf('attributes') > 0) {
    return { code: 'not-held', reason: FIELD['*.attributes'] as string };
  }
  const specific = (owner && FIELD[`${owner}.${field}`]) ?? FIELD[`*.${field}`];
  if (specific) return { code: 'not-held', reason: specific };
  if (owner && keys.slice(0, -1).some((k) => k in ENTITY))
    return { code: 'not-held', reason: `livewell keeps no ${owner} ${field}` };
  if (owner === 'service')
    return { code: 'not-livewell', reason: `${field} is not a field livewell maps` };
  return { code: 'not-livewell', reason: `${path} is not a field livewell maps` };
}
