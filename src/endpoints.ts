/** Default service endpoints by region (api-notes: Endpoints). Pure. */

export function defaultImsEndpoint(region: string): string {
  return `https://ims.${region}.myhuaweicloud.com`;
}

export function defaultIamEndpoint(region: string): string {
  // eu-west-101 (Dublin) is served from Huawei Cloud's European domain.
  if (region === 'eu-west-101') return 'https://iam.eu-west-101.myhuaweicloud.eu';
  return `https://iam.${region}.myhuaweicloud.com`;
}
