export { createReferenceNetwork, networkFromJSON } from './network.ts';
