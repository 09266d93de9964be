export { fromFhirPatient, toFhirPatient } from './patient.js';
