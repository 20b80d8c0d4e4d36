/**
 * The one version of the tool, read from package.json at build time (ncc inlines it): `oic-actions --version`,
 * the help text and the `User-Agent` of every request carry it.
 */
import pkg from '../../package.json' with { type: 'json' }

/** The version in package.json, e.g. `0.1.0`. */
export const VERSION: string = pkg.version
