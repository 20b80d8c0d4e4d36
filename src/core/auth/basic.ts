/** HTTP Basic client authentication at a token endpoint (RFC 6749 §2.3.1, as OCI IAM's token examples send it). */

/** The `authorization` header for `clientId:clientSecret`; the pair is masked before it is encoded. */
export function basicAuthorization(
  clientId: string,
  clientSecret: string,
  mask: (value: string) => void
): string {
  const pair = `${clientId}:${clientSecret}`
  mask(pair)
  return `Basic ${Buffer.from(pair).toString('base64')}`
}
