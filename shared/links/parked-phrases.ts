/**
 * What a parked or for-sale domain's page says: a link into it lands on an advert, not on the page it
 * named (typically a closed government or partner site whose domain lapsed). Data only.
 */
export const PARKED_PHRASES: readonly string[] = [
  '域名出售',
  '域名正在出售',
  '此域名出售',
  '该域名出售',
  '域名转让',
  '此域名可以转让',
  '本域名出售',
  '域名停放',
  'this domain is for sale',
  'this domain may be for sale',
  'domain is parked',
  'buy this domain',
  'the domain name is for sale',
];
