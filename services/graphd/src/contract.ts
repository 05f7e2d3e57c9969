import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const v1 = keel.graphd.v1;

/** graphd's jobs (keel.graphd.<noun>.<verb>): images, and the root filesystems of containers. */
export const graphd = defineContract('graphd', {
  'image.import': { request: v1.ImportImageRequest, response: v1.ImportImageResponse },
  'image.list': { request: v1.ListImagesRequest, response: v1.ListImagesResponse },
  'image.inspect': { request: v1.InspectImageRequest, response: v1.InspectImageResponse },
  'image.remove': { request: v1.RemoveImageRequest, response: v1.RemoveImageResponse },
  'rootfs.prepare': { request: v1.PrepareRootfsRequest, response: v1.PrepareRootfsResponse },
  'rootfs.release': { request: v1.ReleaseRootfsRequest, response: v1.ReleaseRootfsResponse },
  'image.tag': { request: v1.TagImageRequest, response: v1.TagImageResponse },
  'image.history': { request: v1.ImageHistoryRequest, response: v1.ImageHistoryResponse },
  'image.prune': { request: v1.PruneImagesRequest, response: v1.PruneImagesResponse },
  'rootfs.commit': { request: v1.CommitRootfsRequest, response: v1.CommitRootfsResponse },
  'rootfs.usage': { request: v1.RootfsUsageRequest, response: v1.RootfsUsageResponse },
  'image.load': { request: v1.LoadImageRequest, response: v1.LoadImageResponse },
  'image.save': { request: v1.SaveImageRequest, response: v1.SaveImageResponse },
  'rootfs.export': { request: v1.ExportRootfsRequest, response: v1.ExportRootfsResponse },
});
