import type { ErrorCode } from '../contract/methods';

/** An error meant for the user: its message is shown as is by every host. */
export class QuireError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuireError';
  }
}

export const notFound = (what: string, id: number | string): QuireError =>
  new QuireError('not_found', `${what} ${id} does not exist`);
