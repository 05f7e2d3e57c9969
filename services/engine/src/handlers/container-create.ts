import type { keel } from '../../../../proto';
import { InvalidArgumentError, type JobCtx, KeelError, wrap } from '../../../kit/src';
import { nameInUse, noSuchImage } from '../errors';
import { validateConfinement } from '../confinement';
import { graphd } from '../peers';
import { imageRefForMessage, newContainerId, pickName, resolveSpec, validateEnv, validateName, validateNetworkMode } from '../spec';
import { type ContainerRow, NameTakenError } from '../store';
import type { EngineState } from '../state';

/**
 * docker create: checks what it can alone (name, env, network mode), resolves the image, merges
 * the command and env with the image's, takes the name, then has the container's machine prepare
 * the rootfs (graphd) and the task (execd). A failure at any step undoes the ones before it.
 */
export async function containerCreate(req: keel.engine.v1.CreateContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.ICreateContainerResponse> {
  const config = req.config ?? {};
  const name = req.name ? validateName(req.name) : '';
  validateEnv(config.env ?? []);
  validateNetworkMode(config.networkMode ?? '');
  validateConfinement(config.hostConfig);
  if (!config.image) throw new InvalidArgumentError('no image given: config.image is empty');

  let image: keel.graphd.v1.IImage;
  try {
    image = (await ctx.call(graphd, 'image.inspect', { name: config.image })).image ?? {};
  } catch (err) {
    if (err instanceof KeelError && err.code === 'NOT_FOUND') {
      throw /^No such image: /.test(err.message) ? err : noSuchImage(imageRefForMessage(config.image), err);
    }
    throw wrap(err, `create container: inspect image ${config.image}`);
  }
  if (!image.id) throw noSuchImage(imageRefForMessage(config.image));

  const store = ctx.containers.store;
  const id = newContainerId();
  const spec = resolveSpec(id, config, image.config ?? {});
  const row: ContainerRow = {
    id,
    name: name || pickName((n) => store.idByName(n) !== undefined),
    imageId: image.id,
    config: spec.config,
    process: spec.process,
    networkMode: spec.networkMode,
    args: spec.args,
    createdMs: Date.now(),
    autoRemove: !!config.autoRemove,
    phase: 'creating', task: 'none', pid: 0, exitCode: 0, startedMs: 0, finishedMs: 0, error: '', oomKilled: false,
    rootfs: '', driver: '', logPath: '', execDriver: '',
  };
  try {
    store.insert(row);
  } catch (err) {
    if (err instanceof NameTakenError) throw nameInUse(row.name, store.idByName(row.name) ?? '');
    throw err;
  }
  try {
    await ctx.containers.create(row, config.image);
  } catch (err) {
    throw wrap(err, `create container ${id.slice(0, 12)}`);
  }
  ctx.log.info({ id, name: row.name, image: config.image }, 'container created');
  return { id, warnings: [] };
}
