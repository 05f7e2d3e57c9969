/** The engine's errors, worded as Docker's: the api passes the messages through to clients. */
import { ConflictError, InvalidArgumentError, NotFoundError } from '../../kit/src/errors';

export function noSuchContainer(ref: string): NotFoundError {
  return new NotFoundError(`No such container: ${ref}`, { verbatim: true });
}

export function noSuchImage(ref: string, cause?: unknown): NotFoundError {
  return new NotFoundError(`No such image: ${ref}`, { verbatim: true, cause });
}

export function nameInUse(name: string, id: string): ConflictError {
  return new ConflictError(`Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`);
}

export function removeRunning(id: string): ConflictError {
  return new ConflictError(`You cannot remove a running container ${id}. Stop the container before attempting removal or force remove`);
}

export function ambiguousId(ref: string): InvalidArgumentError {
  return new InvalidArgumentError(`multiple IDs found with provided prefix: ${ref}`);
}

export function notRunning(ref: string, id: string): ConflictError {
  return new ConflictError(`Cannot kill container: ${ref}: Container ${id} is not running`);
}
