import { buildInfo, defineService } from '../../kit/src';
import { graphd } from './contract';
import { backingFilesystem } from './drivers/available';
import { importImage } from './handlers/image-import';
import { inspectImage } from './handlers/image-inspect';
import { listImages } from './handlers/image-list';
import { removeImage } from './handlers/image-remove';
import { prepareRootfs } from './handlers/rootfs-prepare';
import { releaseRootfs } from './handlers/rootfs-release';
import { imageHistory } from './handlers/image-history';
import { pruneImages } from './handlers/image-prune';
import { tagImage } from './handlers/image-tag';
import { commitRootfs } from './handlers/rootfs-commit';
import { rootfsUsage } from './handlers/rootfs-usage';
import { loadImage } from './handlers/image-load';
import { saveImage } from './handlers/image-save';
import { exportRootfs } from './handlers/rootfs-export';
import type { GraphdState } from './state';

export default defineService<typeof graphd.jobs, GraphdState>({
  contract: graphd,
  version: buildInfo().version,
  requires: [],
  handlers: {
    'image.import': importImage,
    'image.list': listImages,
    'image.inspect': inspectImage,
    'image.remove': removeImage,
    'rootfs.prepare': prepareRootfs,
    'rootfs.release': releaseRootfs,
    'image.tag': tagImage,
    'image.history': imageHistory,
    'image.prune': pruneImages,
    'rootfs.commit': commitRootfs,
    'rootfs.usage': rootfsUsage,
    'image.load': loadImage,
    'image.save': saveImage,
    'rootfs.export': exportRootfs,
  },
  info: async (s) => ({
    drivers: s.drivers,
    facts: [
      { key: 'backing-filesystem', value: backingFilesystem(s.root) },
      { key: 'supports-d-type', value: 'true' },
      { key: 'images', value: String(s.store.imageCount()) },
    ],
  }),
});
