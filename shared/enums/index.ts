// The code lists of DOMAIN §4 with their Chinese labels.
export * from './code-list';
export * from './ethnicity';
export * from './person-codes';
