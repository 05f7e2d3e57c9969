import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace keel {

    namespace common {

        namespace v1 {

            interface ISecurity {
                capAdd?: (string[]|null);
                capDrop?: (string[]|null);
                privileged?: (boolean|null);
                seccomp?: (string|null);
                noNewPrivileges?: (boolean|null);
                readonlyRootfs?: (boolean|null);
                groupAdd?: (string[]|null);
                securityOpt?: (string[]|null);
            }

            class Security implements ISecurity {
                constructor(p?: keel.common.v1.ISecurity);
                public capAdd: string[];
                public capDrop: string[];
                public privileged: boolean;
                public seccomp: string;
                public noNewPrivileges: boolean;
                public readonlyRootfs: boolean;
                public groupAdd: string[];
                public securityOpt: string[];
                public static create(properties?: keel.common.v1.ISecurity): keel.common.v1.Security;
                public static encode(m: keel.common.v1.ISecurity, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Security;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Security;
                public static toObject(m: keel.common.v1.Security, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IUlimit {
                name?: (string|null);
                soft?: (number|null);
                hard?: (number|null);
            }

            class Ulimit implements IUlimit {
                constructor(p?: keel.common.v1.IUlimit);
                public name: string;
                public soft: number;
                public hard: number;
                public static create(properties?: keel.common.v1.IUlimit): keel.common.v1.Ulimit;
                public static encode(m: keel.common.v1.IUlimit, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Ulimit;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Ulimit;
                public static toObject(m: keel.common.v1.Ulimit, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDevice {
                pathOnHost?: (string|null);
                pathInContainer?: (string|null);
                cgroupPermissions?: (string|null);
            }

            class Device implements IDevice {
                constructor(p?: keel.common.v1.IDevice);
                public pathOnHost: string;
                public pathInContainer: string;
                public cgroupPermissions: string;
                public static create(properties?: keel.common.v1.IDevice): keel.common.v1.Device;
                public static encode(m: keel.common.v1.IDevice, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Device;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Device;
                public static toObject(m: keel.common.v1.Device, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMount {
                type?: (string|null);
                source?: (string|null);
                target?: (string|null);
                readonly?: (boolean|null);
                options?: (string|null);
                createHostPath?: (boolean|null);
                noCopy?: (boolean|null);
                propagation?: (string|null);
                volumeLabels?: ({ [k: string]: string }|null);
                bindSpec?: (string|null);
                mode?: (string|null);
            }

            class Mount implements IMount {
                constructor(p?: keel.common.v1.IMount);
                public type: string;
                public source: string;
                public target: string;
                public readonly: boolean;
                public options: string;
                public createHostPath: boolean;
                public noCopy: boolean;
                public propagation: string;
                public volumeLabels: { [k: string]: string };
                public bindSpec: string;
                public mode: string;
                public static create(properties?: keel.common.v1.IMount): keel.common.v1.Mount;
                public static encode(m: keel.common.v1.IMount, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Mount;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Mount;
                public static toObject(m: keel.common.v1.Mount, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResources {
                memory?: (number|null);
                memorySwap?: (number|null);
                memoryReservation?: (number|null);
                nanoCpus?: (number|null);
                cpuShares?: (number|null);
                cpuPeriod?: (number|null);
                cpuQuota?: (number|null);
                cpusetCpus?: (string|null);
                cpusetMems?: (string|null);
                pidsLimit?: (number|null);
                blkioWeight?: (number|null);
                oomKillDisable?: (boolean|null);
            }

            class Resources implements IResources {
                constructor(p?: keel.common.v1.IResources);
                public memory: number;
                public memorySwap: number;
                public memoryReservation: number;
                public nanoCpus: number;
                public cpuShares: number;
                public cpuPeriod: number;
                public cpuQuota: number;
                public cpusetCpus: string;
                public cpusetMems: string;
                public pidsLimit: number;
                public blkioWeight: number;
                public oomKillDisable: boolean;
                public static create(properties?: keel.common.v1.IResources): keel.common.v1.Resources;
                public static encode(m: keel.common.v1.IResources, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Resources;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Resources;
                public static toObject(m: keel.common.v1.Resources, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ILogConfig {
                type?: (string|null);
                config?: ({ [k: string]: string }|null);
            }

            class LogConfig implements ILogConfig {
                constructor(p?: keel.common.v1.ILogConfig);
                public type: string;
                public config: { [k: string]: string };
                public static create(properties?: keel.common.v1.ILogConfig): keel.common.v1.LogConfig;
                public static encode(m: keel.common.v1.ILogConfig, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.LogConfig;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.LogConfig;
                public static toObject(m: keel.common.v1.LogConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHostConfig {
                security?: (keel.common.v1.ISecurity|null);
                ulimits?: (keel.common.v1.IUlimit[]|null);
                devices?: (keel.common.v1.IDevice[]|null);
                mounts?: (keel.common.v1.IMount[]|null);
                binds?: (string[]|null);
                tmpfs?: ({ [k: string]: string }|null);
                resources?: (keel.common.v1.IResources|null);
                init?: (boolean|null);
                logConfig?: (keel.common.v1.ILogConfig|null);
                runtime?: (string|null);
            }

            class HostConfig implements IHostConfig {
                constructor(p?: keel.common.v1.IHostConfig);
                public security?: (keel.common.v1.ISecurity|null);
                public ulimits: keel.common.v1.IUlimit[];
                public devices: keel.common.v1.IDevice[];
                public mounts: keel.common.v1.IMount[];
                public binds: string[];
                public tmpfs: { [k: string]: string };
                public resources?: (keel.common.v1.IResources|null);
                public init: boolean;
                public logConfig?: (keel.common.v1.ILogConfig|null);
                public runtime: string;
                public static create(properties?: keel.common.v1.IHostConfig): keel.common.v1.HostConfig;
                public static encode(m: keel.common.v1.IHostConfig, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.HostConfig;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.HostConfig;
                public static toObject(m: keel.common.v1.HostConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IJob {
                id?: (string|null);
                name?: (string|null);
                argsType?: (string|null);
                args?: (Uint8Array|null);
                env?: ({ [k: string]: string }|null);
                deadlineMs?: (number|null);
                traceId?: (string|null);
                origin?: (string|null);
            }

            class Job implements IJob {
                constructor(p?: keel.common.v1.IJob);
                public id: string;
                public name: string;
                public argsType: string;
                public args: Uint8Array;
                public env: { [k: string]: string };
                public deadlineMs: number;
                public traceId: string;
                public origin: string;
                public static create(properties?: keel.common.v1.IJob): keel.common.v1.Job;
                public static encode(m: keel.common.v1.IJob, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Job;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Job;
                public static toObject(m: keel.common.v1.Job, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IJobResult {
                jobId?: (string|null);
                exitStatus?: (number|null);
                payloadType?: (string|null);
                payload?: (Uint8Array|null);
                error?: (keel.common.v1.IStatus|null);
                durationUs?: (number|null);
                service?: (string|null);
            }

            class JobResult implements IJobResult {
                constructor(p?: keel.common.v1.IJobResult);
                public jobId: string;
                public exitStatus: number;
                public payloadType: string;
                public payload: Uint8Array;
                public error?: (keel.common.v1.IStatus|null);
                public durationUs: number;
                public service: string;
                public static create(properties?: keel.common.v1.IJobResult): keel.common.v1.JobResult;
                public static encode(m: keel.common.v1.IJobResult, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.JobResult;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.JobResult;
                public static toObject(m: keel.common.v1.JobResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IJobCancel {
                jobId?: (string|null);
                reason?: (string|null);
            }

            class JobCancel implements IJobCancel {
                constructor(p?: keel.common.v1.IJobCancel);
                public jobId: string;
                public reason: string;
                public static create(properties?: keel.common.v1.IJobCancel): keel.common.v1.JobCancel;
                public static encode(m: keel.common.v1.IJobCancel, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.JobCancel;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.JobCancel;
                public static toObject(m: keel.common.v1.JobCancel, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            enum Code {
                OK = 0,
                NOT_FOUND = 1,
                ALREADY_EXISTS = 2,
                INVALID_ARGUMENT = 3,
                FAILED_PRECONDITION = 4,
                CONFLICT = 5,
                PERMISSION_DENIED = 6,
                RESOURCE_EXHAUSTED = 7,
                UNAVAILABLE = 8,
                DEADLINE_EXCEEDED = 9,
                NOT_IMPLEMENTED = 10,
                INTERNAL = 11,
                CANCELLED = 12
            }

            interface IStatus {
                code?: (keel.common.v1.Code|null);
                message?: (string|null);
                detail?: (string|null);
                retryable?: (boolean|null);
                service?: (string|null);
                causes?: (string[]|null);
            }

            class Status implements IStatus {
                constructor(p?: keel.common.v1.IStatus);
                public code: keel.common.v1.Code;
                public message: string;
                public detail: string;
                public retryable: boolean;
                public service: string;
                public causes: string[];
                public static create(properties?: keel.common.v1.IStatus): keel.common.v1.Status;
                public static encode(m: keel.common.v1.IStatus, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.common.v1.Status;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.common.v1.Status;
                public static toObject(m: keel.common.v1.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace engine {

        namespace v1 {

            interface ICommitContainerRequest {
                id?: (string|null);
                repo?: (string|null);
                tag?: (string|null);
                comment?: (string|null);
                author?: (string|null);
                changes?: (string[]|null);
                pause?: (boolean|null);
            }

            class CommitContainerRequest implements ICommitContainerRequest {
                constructor(p?: keel.engine.v1.ICommitContainerRequest);
                public id: string;
                public repo: string;
                public tag: string;
                public comment: string;
                public author: string;
                public changes: string[];
                public pause: boolean;
                public static create(properties?: keel.engine.v1.ICommitContainerRequest): keel.engine.v1.CommitContainerRequest;
                public static encode(m: keel.engine.v1.ICommitContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CommitContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CommitContainerRequest;
                public static toObject(m: keel.engine.v1.CommitContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommitContainerResponse {
                image?: (keel.graphd.v1.IImage|null);
            }

            class CommitContainerResponse implements ICommitContainerResponse {
                constructor(p?: keel.engine.v1.ICommitContainerResponse);
                public image?: (keel.graphd.v1.IImage|null);
                public static create(properties?: keel.engine.v1.ICommitContainerResponse): keel.engine.v1.CommitContainerResponse;
                public static encode(m: keel.engine.v1.ICommitContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CommitContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CommitContainerResponse;
                public static toObject(m: keel.engine.v1.CommitContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerConfig {
                image?: (string|null);
                cmd?: (string[]|null);
                cmdSet?: (boolean|null);
                entrypoint?: (string[]|null);
                entrypointSet?: (boolean|null);
                env?: (string[]|null);
                workingDir?: (string|null);
                user?: (string|null);
                hostname?: (string|null);
                labels?: ({ [k: string]: string }|null);
                tty?: (boolean|null);
                attachStdin?: (boolean|null);
                attachStdout?: (boolean|null);
                attachStderr?: (boolean|null);
                openStdin?: (boolean|null);
                autoRemove?: (boolean|null);
                networkMode?: (string|null);
                stopSignal?: (string|null);
                stopTimeout?: (number|null);
                stopTimeoutSet?: (boolean|null);
                hostConfig?: (keel.common.v1.IHostConfig|null);
                stdinOnce?: (boolean|null);
                consoleHeight?: (number|null);
                consoleWidth?: (number|null);
            }

            class ContainerConfig implements IContainerConfig {
                constructor(p?: keel.engine.v1.IContainerConfig);
                public image: string;
                public cmd: string[];
                public cmdSet: boolean;
                public entrypoint: string[];
                public entrypointSet: boolean;
                public env: string[];
                public workingDir: string;
                public user: string;
                public hostname: string;
                public labels: { [k: string]: string };
                public tty: boolean;
                public attachStdin: boolean;
                public attachStdout: boolean;
                public attachStderr: boolean;
                public openStdin: boolean;
                public autoRemove: boolean;
                public networkMode: string;
                public stopSignal: string;
                public stopTimeout: number;
                public stopTimeoutSet: boolean;
                public hostConfig?: (keel.common.v1.IHostConfig|null);
                public stdinOnce: boolean;
                public consoleHeight: number;
                public consoleWidth: number;
                public static create(properties?: keel.engine.v1.IContainerConfig): keel.engine.v1.ContainerConfig;
                public static encode(m: keel.engine.v1.IContainerConfig, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerConfig;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerConfig;
                public static toObject(m: keel.engine.v1.ContainerConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerState {
                status?: (string|null);
                running?: (boolean|null);
                pid?: (number|null);
                exitCode?: (number|null);
                startedMs?: (number|null);
                finishedMs?: (number|null);
                error?: (string|null);
                oomKilled?: (boolean|null);
                paused?: (boolean|null);
            }

            class ContainerState implements IContainerState {
                constructor(p?: keel.engine.v1.IContainerState);
                public status: string;
                public running: boolean;
                public pid: number;
                public exitCode: number;
                public startedMs: number;
                public finishedMs: number;
                public error: string;
                public oomKilled: boolean;
                public paused: boolean;
                public static create(properties?: keel.engine.v1.IContainerState): keel.engine.v1.ContainerState;
                public static encode(m: keel.engine.v1.IContainerState, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerState;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerState;
                public static toObject(m: keel.engine.v1.ContainerState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainer {
                id?: (string|null);
                name?: (string|null);
                imageId?: (string|null);
                config?: (keel.engine.v1.IContainerConfig|null);
                state?: (keel.engine.v1.IContainerState|null);
                createdMs?: (number|null);
                rootfs?: (string|null);
                logPath?: (string|null);
                driver?: (string|null);
                execDriver?: (string|null);
                args?: (string[]|null);
                path?: (string|null);
                execIds?: (string[]|null);
            }

            class Container implements IContainer {
                constructor(p?: keel.engine.v1.IContainer);
                public id: string;
                public name: string;
                public imageId: string;
                public config?: (keel.engine.v1.IContainerConfig|null);
                public state?: (keel.engine.v1.IContainerState|null);
                public createdMs: number;
                public rootfs: string;
                public logPath: string;
                public driver: string;
                public execDriver: string;
                public args: string[];
                public path: string;
                public execIds: string[];
                public static create(properties?: keel.engine.v1.IContainer): keel.engine.v1.Container;
                public static encode(m: keel.engine.v1.IContainer, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.Container;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.Container;
                public static toObject(m: keel.engine.v1.Container, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateContainerRequest {
                name?: (string|null);
                config?: (keel.engine.v1.IContainerConfig|null);
            }

            class CreateContainerRequest implements ICreateContainerRequest {
                constructor(p?: keel.engine.v1.ICreateContainerRequest);
                public name: string;
                public config?: (keel.engine.v1.IContainerConfig|null);
                public static create(properties?: keel.engine.v1.ICreateContainerRequest): keel.engine.v1.CreateContainerRequest;
                public static encode(m: keel.engine.v1.ICreateContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CreateContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CreateContainerRequest;
                public static toObject(m: keel.engine.v1.CreateContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateContainerResponse {
                id?: (string|null);
                warnings?: (string[]|null);
            }

            class CreateContainerResponse implements ICreateContainerResponse {
                constructor(p?: keel.engine.v1.ICreateContainerResponse);
                public id: string;
                public warnings: string[];
                public static create(properties?: keel.engine.v1.ICreateContainerResponse): keel.engine.v1.CreateContainerResponse;
                public static encode(m: keel.engine.v1.ICreateContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CreateContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CreateContainerResponse;
                public static toObject(m: keel.engine.v1.CreateContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartContainerRequest {
                id?: (string|null);
            }

            class StartContainerRequest implements IStartContainerRequest {
                constructor(p?: keel.engine.v1.IStartContainerRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IStartContainerRequest): keel.engine.v1.StartContainerRequest;
                public static encode(m: keel.engine.v1.IStartContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StartContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StartContainerRequest;
                public static toObject(m: keel.engine.v1.StartContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartContainerResponse {
                alreadyRunning?: (boolean|null);
            }

            class StartContainerResponse implements IStartContainerResponse {
                constructor(p?: keel.engine.v1.IStartContainerResponse);
                public alreadyRunning: boolean;
                public static create(properties?: keel.engine.v1.IStartContainerResponse): keel.engine.v1.StartContainerResponse;
                public static encode(m: keel.engine.v1.IStartContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StartContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StartContainerResponse;
                public static toObject(m: keel.engine.v1.StartContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IWaitContainerRequest {
                id?: (string|null);
                condition?: (string|null);
            }

            class WaitContainerRequest implements IWaitContainerRequest {
                constructor(p?: keel.engine.v1.IWaitContainerRequest);
                public id: string;
                public condition: string;
                public static create(properties?: keel.engine.v1.IWaitContainerRequest): keel.engine.v1.WaitContainerRequest;
                public static encode(m: keel.engine.v1.IWaitContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.WaitContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.WaitContainerRequest;
                public static toObject(m: keel.engine.v1.WaitContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IWaitContainerResponse {
                statusCode?: (number|null);
                error?: (string|null);
            }

            class WaitContainerResponse implements IWaitContainerResponse {
                constructor(p?: keel.engine.v1.IWaitContainerResponse);
                public statusCode: number;
                public error: string;
                public static create(properties?: keel.engine.v1.IWaitContainerResponse): keel.engine.v1.WaitContainerResponse;
                public static encode(m: keel.engine.v1.IWaitContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.WaitContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.WaitContainerResponse;
                public static toObject(m: keel.engine.v1.WaitContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveContainerRequest {
                id?: (string|null);
                force?: (boolean|null);
            }

            class RemoveContainerRequest implements IRemoveContainerRequest {
                constructor(p?: keel.engine.v1.IRemoveContainerRequest);
                public id: string;
                public force: boolean;
                public static create(properties?: keel.engine.v1.IRemoveContainerRequest): keel.engine.v1.RemoveContainerRequest;
                public static encode(m: keel.engine.v1.IRemoveContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.RemoveContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.RemoveContainerRequest;
                public static toObject(m: keel.engine.v1.RemoveContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveContainerResponse {
            }

            class RemoveContainerResponse implements IRemoveContainerResponse {
                constructor(p?: keel.engine.v1.IRemoveContainerResponse);
                public static create(properties?: keel.engine.v1.IRemoveContainerResponse): keel.engine.v1.RemoveContainerResponse;
                public static encode(m: keel.engine.v1.IRemoveContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.RemoveContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.RemoveContainerResponse;
                public static toObject(m: keel.engine.v1.RemoveContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStopContainerRequest {
                id?: (string|null);
                timeout?: (number|null);
                timeoutSet?: (boolean|null);
            }

            class StopContainerRequest implements IStopContainerRequest {
                constructor(p?: keel.engine.v1.IStopContainerRequest);
                public id: string;
                public timeout: number;
                public timeoutSet: boolean;
                public static create(properties?: keel.engine.v1.IStopContainerRequest): keel.engine.v1.StopContainerRequest;
                public static encode(m: keel.engine.v1.IStopContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StopContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StopContainerRequest;
                public static toObject(m: keel.engine.v1.StopContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStopContainerResponse {
                notModified?: (boolean|null);
            }

            class StopContainerResponse implements IStopContainerResponse {
                constructor(p?: keel.engine.v1.IStopContainerResponse);
                public notModified: boolean;
                public static create(properties?: keel.engine.v1.IStopContainerResponse): keel.engine.v1.StopContainerResponse;
                public static encode(m: keel.engine.v1.IStopContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StopContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StopContainerResponse;
                public static toObject(m: keel.engine.v1.StopContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKillContainerRequest {
                id?: (string|null);
                signal?: (string|null);
            }

            class KillContainerRequest implements IKillContainerRequest {
                constructor(p?: keel.engine.v1.IKillContainerRequest);
                public id: string;
                public signal: string;
                public static create(properties?: keel.engine.v1.IKillContainerRequest): keel.engine.v1.KillContainerRequest;
                public static encode(m: keel.engine.v1.IKillContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.KillContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.KillContainerRequest;
                public static toObject(m: keel.engine.v1.KillContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKillContainerResponse {
            }

            class KillContainerResponse implements IKillContainerResponse {
                constructor(p?: keel.engine.v1.IKillContainerResponse);
                public static create(properties?: keel.engine.v1.IKillContainerResponse): keel.engine.v1.KillContainerResponse;
                public static encode(m: keel.engine.v1.IKillContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.KillContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.KillContainerResponse;
                public static toObject(m: keel.engine.v1.KillContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRestartContainerRequest {
                id?: (string|null);
                timeout?: (number|null);
                timeoutSet?: (boolean|null);
            }

            class RestartContainerRequest implements IRestartContainerRequest {
                constructor(p?: keel.engine.v1.IRestartContainerRequest);
                public id: string;
                public timeout: number;
                public timeoutSet: boolean;
                public static create(properties?: keel.engine.v1.IRestartContainerRequest): keel.engine.v1.RestartContainerRequest;
                public static encode(m: keel.engine.v1.IRestartContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.RestartContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.RestartContainerRequest;
                public static toObject(m: keel.engine.v1.RestartContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRestartContainerResponse {
            }

            class RestartContainerResponse implements IRestartContainerResponse {
                constructor(p?: keel.engine.v1.IRestartContainerResponse);
                public static create(properties?: keel.engine.v1.IRestartContainerResponse): keel.engine.v1.RestartContainerResponse;
                public static encode(m: keel.engine.v1.IRestartContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.RestartContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.RestartContainerResponse;
                public static toObject(m: keel.engine.v1.RestartContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListContainersRequest {
                all?: (boolean|null);
            }

            class ListContainersRequest implements IListContainersRequest {
                constructor(p?: keel.engine.v1.IListContainersRequest);
                public all: boolean;
                public static create(properties?: keel.engine.v1.IListContainersRequest): keel.engine.v1.ListContainersRequest;
                public static encode(m: keel.engine.v1.IListContainersRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ListContainersRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ListContainersRequest;
                public static toObject(m: keel.engine.v1.ListContainersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListContainersResponse {
                containers?: (keel.engine.v1.IContainer[]|null);
            }

            class ListContainersResponse implements IListContainersResponse {
                constructor(p?: keel.engine.v1.IListContainersResponse);
                public containers: keel.engine.v1.IContainer[];
                public static create(properties?: keel.engine.v1.IListContainersResponse): keel.engine.v1.ListContainersResponse;
                public static encode(m: keel.engine.v1.IListContainersResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ListContainersResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ListContainersResponse;
                public static toObject(m: keel.engine.v1.ListContainersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectContainerRequest {
                id?: (string|null);
            }

            class InspectContainerRequest implements IInspectContainerRequest {
                constructor(p?: keel.engine.v1.IInspectContainerRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IInspectContainerRequest): keel.engine.v1.InspectContainerRequest;
                public static encode(m: keel.engine.v1.IInspectContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InspectContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InspectContainerRequest;
                public static toObject(m: keel.engine.v1.InspectContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectContainerResponse {
                container?: (keel.engine.v1.IContainer|null);
            }

            class InspectContainerResponse implements IInspectContainerResponse {
                constructor(p?: keel.engine.v1.IInspectContainerResponse);
                public container?: (keel.engine.v1.IContainer|null);
                public static create(properties?: keel.engine.v1.IInspectContainerResponse): keel.engine.v1.InspectContainerResponse;
                public static encode(m: keel.engine.v1.IInspectContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InspectContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InspectContainerResponse;
                public static toObject(m: keel.engine.v1.InspectContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerLogsRequest {
                id?: (string|null);
            }

            class ContainerLogsRequest implements IContainerLogsRequest {
                constructor(p?: keel.engine.v1.IContainerLogsRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IContainerLogsRequest): keel.engine.v1.ContainerLogsRequest;
                public static encode(m: keel.engine.v1.IContainerLogsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerLogsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerLogsRequest;
                public static toObject(m: keel.engine.v1.ContainerLogsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerLogsResponse {
                logPath?: (string|null);
                running?: (boolean|null);
            }

            class ContainerLogsResponse implements IContainerLogsResponse {
                constructor(p?: keel.engine.v1.IContainerLogsResponse);
                public logPath: string;
                public running: boolean;
                public static create(properties?: keel.engine.v1.IContainerLogsResponse): keel.engine.v1.ContainerLogsResponse;
                public static encode(m: keel.engine.v1.IContainerLogsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerLogsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerLogsResponse;
                public static toObject(m: keel.engine.v1.ContainerLogsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerEvent {
                id?: (string|null);
                name?: (string|null);
                image?: (string|null);
                exitCode?: (number|null);
            }

            class ContainerEvent implements IContainerEvent {
                constructor(p?: keel.engine.v1.IContainerEvent);
                public id: string;
                public name: string;
                public image: string;
                public exitCode: number;
                public static create(properties?: keel.engine.v1.IContainerEvent): keel.engine.v1.ContainerEvent;
                public static encode(m: keel.engine.v1.IContainerEvent, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerEvent;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerEvent;
                public static toObject(m: keel.engine.v1.ContainerEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateExecRequest {
                id?: (string|null);
                process?: (keel.execd.v1.IProcessSpec|null);
                attachStdout?: (boolean|null);
                attachStderr?: (boolean|null);
                detachKeys?: (string|null);
                privileged?: (boolean|null);
            }

            class CreateExecRequest implements ICreateExecRequest {
                constructor(p?: keel.engine.v1.ICreateExecRequest);
                public id: string;
                public process?: (keel.execd.v1.IProcessSpec|null);
                public attachStdout: boolean;
                public attachStderr: boolean;
                public detachKeys: string;
                public privileged: boolean;
                public static create(properties?: keel.engine.v1.ICreateExecRequest): keel.engine.v1.CreateExecRequest;
                public static encode(m: keel.engine.v1.ICreateExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CreateExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CreateExecRequest;
                public static toObject(m: keel.engine.v1.CreateExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateExecResponse {
                execId?: (string|null);
            }

            class CreateExecResponse implements ICreateExecResponse {
                constructor(p?: keel.engine.v1.ICreateExecResponse);
                public execId: string;
                public static create(properties?: keel.engine.v1.ICreateExecResponse): keel.engine.v1.CreateExecResponse;
                public static encode(m: keel.engine.v1.ICreateExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.CreateExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.CreateExecResponse;
                public static toObject(m: keel.engine.v1.CreateExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartExecRequest {
                execId?: (string|null);
                detach?: (boolean|null);
            }

            class StartExecRequest implements IStartExecRequest {
                constructor(p?: keel.engine.v1.IStartExecRequest);
                public execId: string;
                public detach: boolean;
                public static create(properties?: keel.engine.v1.IStartExecRequest): keel.engine.v1.StartExecRequest;
                public static encode(m: keel.engine.v1.IStartExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StartExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StartExecRequest;
                public static toObject(m: keel.engine.v1.StartExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartExecResponse {
                start?: (keel.execd.v1.IStartExecResponse|null);
            }

            class StartExecResponse implements IStartExecResponse {
                constructor(p?: keel.engine.v1.IStartExecResponse);
                public start?: (keel.execd.v1.IStartExecResponse|null);
                public static create(properties?: keel.engine.v1.IStartExecResponse): keel.engine.v1.StartExecResponse;
                public static encode(m: keel.engine.v1.IStartExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.StartExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.StartExecResponse;
                public static toObject(m: keel.engine.v1.StartExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectExecRequest {
                execId?: (string|null);
            }

            class InspectExecRequest implements IInspectExecRequest {
                constructor(p?: keel.engine.v1.IInspectExecRequest);
                public execId: string;
                public static create(properties?: keel.engine.v1.IInspectExecRequest): keel.engine.v1.InspectExecRequest;
                public static encode(m: keel.engine.v1.IInspectExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InspectExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InspectExecRequest;
                public static toObject(m: keel.engine.v1.InspectExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectExecResponse {
                exec?: (keel.execd.v1.IInspectExecResponse|null);
            }

            class InspectExecResponse implements IInspectExecResponse {
                constructor(p?: keel.engine.v1.IInspectExecResponse);
                public exec?: (keel.execd.v1.IInspectExecResponse|null);
                public static create(properties?: keel.engine.v1.IInspectExecResponse): keel.engine.v1.InspectExecResponse;
                public static encode(m: keel.engine.v1.IInspectExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InspectExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InspectExecResponse;
                public static toObject(m: keel.engine.v1.InspectExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeExecRequest {
                execId?: (string|null);
                height?: (number|null);
                width?: (number|null);
            }

            class ResizeExecRequest implements IResizeExecRequest {
                constructor(p?: keel.engine.v1.IResizeExecRequest);
                public execId: string;
                public height: number;
                public width: number;
                public static create(properties?: keel.engine.v1.IResizeExecRequest): keel.engine.v1.ResizeExecRequest;
                public static encode(m: keel.engine.v1.IResizeExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ResizeExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ResizeExecRequest;
                public static toObject(m: keel.engine.v1.ResizeExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeExecResponse {
            }

            class ResizeExecResponse implements IResizeExecResponse {
                constructor(p?: keel.engine.v1.IResizeExecResponse);
                public static create(properties?: keel.engine.v1.IResizeExecResponse): keel.engine.v1.ResizeExecResponse;
                public static encode(m: keel.engine.v1.IResizeExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ResizeExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ResizeExecResponse;
                public static toObject(m: keel.engine.v1.ResizeExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAttachContainerRequest {
                id?: (string|null);
                pending?: (boolean|null);
            }

            class AttachContainerRequest implements IAttachContainerRequest {
                constructor(p?: keel.engine.v1.IAttachContainerRequest);
                public id: string;
                public pending: boolean;
                public static create(properties?: keel.engine.v1.IAttachContainerRequest): keel.engine.v1.AttachContainerRequest;
                public static encode(m: keel.engine.v1.IAttachContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.AttachContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.AttachContainerRequest;
                public static toObject(m: keel.engine.v1.AttachContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAttachContainerResponse {
                id?: (string|null);
                ioDir?: (string|null);
                status?: (string|null);
            }

            class AttachContainerResponse implements IAttachContainerResponse {
                constructor(p?: keel.engine.v1.IAttachContainerResponse);
                public id: string;
                public ioDir: string;
                public status: string;
                public static create(properties?: keel.engine.v1.IAttachContainerResponse): keel.engine.v1.AttachContainerResponse;
                public static encode(m: keel.engine.v1.IAttachContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.AttachContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.AttachContainerResponse;
                public static toObject(m: keel.engine.v1.AttachContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeContainerRequest {
                id?: (string|null);
                height?: (number|null);
                width?: (number|null);
            }

            class ResizeContainerRequest implements IResizeContainerRequest {
                constructor(p?: keel.engine.v1.IResizeContainerRequest);
                public id: string;
                public height: number;
                public width: number;
                public static create(properties?: keel.engine.v1.IResizeContainerRequest): keel.engine.v1.ResizeContainerRequest;
                public static encode(m: keel.engine.v1.IResizeContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ResizeContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ResizeContainerRequest;
                public static toObject(m: keel.engine.v1.ResizeContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeContainerResponse {
            }

            class ResizeContainerResponse implements IResizeContainerResponse {
                constructor(p?: keel.engine.v1.IResizeContainerResponse);
                public static create(properties?: keel.engine.v1.IResizeContainerResponse): keel.engine.v1.ResizeContainerResponse;
                public static encode(m: keel.engine.v1.IResizeContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ResizeContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ResizeContainerResponse;
                public static toObject(m: keel.engine.v1.ResizeContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerStatsRequest {
                id?: (string|null);
            }

            class ContainerStatsRequest implements IContainerStatsRequest {
                constructor(p?: keel.engine.v1.IContainerStatsRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IContainerStatsRequest): keel.engine.v1.ContainerStatsRequest;
                public static encode(m: keel.engine.v1.IContainerStatsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerStatsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerStatsRequest;
                public static toObject(m: keel.engine.v1.ContainerStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerStatsResponse {
                id?: (string|null);
                name?: (string|null);
                stats?: (keel.execd.v1.ITaskStats|null);
            }

            class ContainerStatsResponse implements IContainerStatsResponse {
                constructor(p?: keel.engine.v1.IContainerStatsResponse);
                public id: string;
                public name: string;
                public stats?: (keel.execd.v1.ITaskStats|null);
                public static create(properties?: keel.engine.v1.IContainerStatsResponse): keel.engine.v1.ContainerStatsResponse;
                public static encode(m: keel.engine.v1.IContainerStatsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerStatsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerStatsResponse;
                public static toObject(m: keel.engine.v1.ContainerStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerTopRequest {
                id?: (string|null);
                psArgs?: (string[]|null);
            }

            class ContainerTopRequest implements IContainerTopRequest {
                constructor(p?: keel.engine.v1.IContainerTopRequest);
                public id: string;
                public psArgs: string[];
                public static create(properties?: keel.engine.v1.IContainerTopRequest): keel.engine.v1.ContainerTopRequest;
                public static encode(m: keel.engine.v1.IContainerTopRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerTopRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerTopRequest;
                public static toObject(m: keel.engine.v1.ContainerTopRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerTopResponse {
                titles?: (string[]|null);
                processes?: (keel.execd.v1.ITopProcess[]|null);
            }

            class ContainerTopResponse implements IContainerTopResponse {
                constructor(p?: keel.engine.v1.IContainerTopResponse);
                public titles: string[];
                public processes: keel.execd.v1.ITopProcess[];
                public static create(properties?: keel.engine.v1.IContainerTopResponse): keel.engine.v1.ContainerTopResponse;
                public static encode(m: keel.engine.v1.IContainerTopResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.ContainerTopResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.ContainerTopResponse;
                public static toObject(m: keel.engine.v1.ContainerTopResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPauseContainerRequest {
                id?: (string|null);
            }

            class PauseContainerRequest implements IPauseContainerRequest {
                constructor(p?: keel.engine.v1.IPauseContainerRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IPauseContainerRequest): keel.engine.v1.PauseContainerRequest;
                public static encode(m: keel.engine.v1.IPauseContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.PauseContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.PauseContainerRequest;
                public static toObject(m: keel.engine.v1.PauseContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPauseContainerResponse {
            }

            class PauseContainerResponse implements IPauseContainerResponse {
                constructor(p?: keel.engine.v1.IPauseContainerResponse);
                public static create(properties?: keel.engine.v1.IPauseContainerResponse): keel.engine.v1.PauseContainerResponse;
                public static encode(m: keel.engine.v1.IPauseContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.PauseContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.PauseContainerResponse;
                public static toObject(m: keel.engine.v1.PauseContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IUnpauseContainerRequest {
                id?: (string|null);
            }

            class UnpauseContainerRequest implements IUnpauseContainerRequest {
                constructor(p?: keel.engine.v1.IUnpauseContainerRequest);
                public id: string;
                public static create(properties?: keel.engine.v1.IUnpauseContainerRequest): keel.engine.v1.UnpauseContainerRequest;
                public static encode(m: keel.engine.v1.IUnpauseContainerRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.UnpauseContainerRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.UnpauseContainerRequest;
                public static toObject(m: keel.engine.v1.UnpauseContainerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IUnpauseContainerResponse {
            }

            class UnpauseContainerResponse implements IUnpauseContainerResponse {
                constructor(p?: keel.engine.v1.IUnpauseContainerResponse);
                public static create(properties?: keel.engine.v1.IUnpauseContainerResponse): keel.engine.v1.UnpauseContainerResponse;
                public static encode(m: keel.engine.v1.IUnpauseContainerResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.UnpauseContainerResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.UnpauseContainerResponse;
                public static toObject(m: keel.engine.v1.UnpauseContainerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IVersionRequest {
            }

            class VersionRequest implements IVersionRequest {
                constructor(p?: keel.engine.v1.IVersionRequest);
                public static create(properties?: keel.engine.v1.IVersionRequest): keel.engine.v1.VersionRequest;
                public static encode(m: keel.engine.v1.IVersionRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.VersionRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.VersionRequest;
                public static toObject(m: keel.engine.v1.VersionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IComponent {
                name?: (string|null);
                version?: (string|null);
                details?: ({ [k: string]: string }|null);
            }

            class Component implements IComponent {
                constructor(p?: keel.engine.v1.IComponent);
                public name: string;
                public version: string;
                public details: { [k: string]: string };
                public static create(properties?: keel.engine.v1.IComponent): keel.engine.v1.Component;
                public static encode(m: keel.engine.v1.IComponent, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.Component;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.Component;
                public static toObject(m: keel.engine.v1.Component, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IVersionResponse {
                version?: (string|null);
                apiVersion?: (string|null);
                minApiVersion?: (string|null);
                gitCommit?: (string|null);
                nodeVersion?: (string|null);
                os?: (string|null);
                arch?: (string|null);
                kernelVersion?: (string|null);
                buildTime?: (string|null);
                platformName?: (string|null);
                components?: (keel.engine.v1.IComponent[]|null);
            }

            class VersionResponse implements IVersionResponse {
                constructor(p?: keel.engine.v1.IVersionResponse);
                public version: string;
                public apiVersion: string;
                public minApiVersion: string;
                public gitCommit: string;
                public nodeVersion: string;
                public os: string;
                public arch: string;
                public kernelVersion: string;
                public buildTime: string;
                public platformName: string;
                public components: keel.engine.v1.IComponent[];
                public static create(properties?: keel.engine.v1.IVersionResponse): keel.engine.v1.VersionResponse;
                public static encode(m: keel.engine.v1.IVersionResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.VersionResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.VersionResponse;
                public static toObject(m: keel.engine.v1.VersionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInfoRequest {
            }

            class InfoRequest implements IInfoRequest {
                constructor(p?: keel.engine.v1.IInfoRequest);
                public static create(properties?: keel.engine.v1.IInfoRequest): keel.engine.v1.InfoRequest;
                public static encode(m: keel.engine.v1.IInfoRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InfoRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InfoRequest;
                public static toObject(m: keel.engine.v1.InfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKeyValue {
                key?: (string|null);
                value?: (string|null);
            }

            class KeyValue implements IKeyValue {
                constructor(p?: keel.engine.v1.IKeyValue);
                public key: string;
                public value: string;
                public static create(properties?: keel.engine.v1.IKeyValue): keel.engine.v1.KeyValue;
                public static encode(m: keel.engine.v1.IKeyValue, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.KeyValue;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.KeyValue;
                public static toObject(m: keel.engine.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRuntime {
                name?: (string|null);
                path?: (string|null);
            }

            class Runtime implements IRuntime {
                constructor(p?: keel.engine.v1.IRuntime);
                public name: string;
                public path: string;
                public static create(properties?: keel.engine.v1.IRuntime): keel.engine.v1.Runtime;
                public static encode(m: keel.engine.v1.IRuntime, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.Runtime;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.Runtime;
                public static toObject(m: keel.engine.v1.Runtime, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInfoResponse {
                id?: (string|null);
                containers?: (number|null);
                containersRunning?: (number|null);
                containersPaused?: (number|null);
                containersStopped?: (number|null);
                images?: (number|null);
                driver?: (string|null);
                driverStatus?: (keel.engine.v1.IKeyValue[]|null);
                loggingDriver?: (string|null);
                cgroupDriver?: (string|null);
                cgroupVersion?: (string|null);
                volumePlugins?: (string[]|null);
                networkPlugins?: (string[]|null);
                logPlugins?: (string[]|null);
                runtimes?: (keel.engine.v1.IRuntime[]|null);
                defaultRuntime?: (string|null);
                securityOptions?: (string[]|null);
                kernelVersion?: (string|null);
                operatingSystem?: (string|null);
                osVersion?: (string|null);
                osType?: (string|null);
                architecture?: (string|null);
                ncpu?: (number|null);
                memTotal?: (number|null);
                name?: (string|null);
                rootDir?: (string|null);
                debug?: (boolean|null);
                serverVersion?: (string|null);
                insecureRegistryCidrs?: (string[]|null);
                mirrors?: (string[]|null);
                liveRestoreEnabled?: (boolean|null);
                labels?: (string[]|null);
                warnings?: (string[]|null);
                httpProxy?: (string|null);
                httpsProxy?: (string|null);
                noProxy?: (string|null);
                memoryLimit?: (boolean|null);
                swapLimit?: (boolean|null);
                cpuCfsPeriod?: (boolean|null);
                cpuCfsQuota?: (boolean|null);
                cpuShares?: (boolean|null);
                cpuSet?: (boolean|null);
                pidsLimit?: (boolean|null);
                oomKillDisable?: (boolean|null);
                ipv4Forwarding?: (boolean|null);
                initBinary?: (string|null);
                systemTime?: (string|null);
            }

            class InfoResponse implements IInfoResponse {
                constructor(p?: keel.engine.v1.IInfoResponse);
                public id: string;
                public containers: number;
                public containersRunning: number;
                public containersPaused: number;
                public containersStopped: number;
                public images: number;
                public driver: string;
                public driverStatus: keel.engine.v1.IKeyValue[];
                public loggingDriver: string;
                public cgroupDriver: string;
                public cgroupVersion: string;
                public volumePlugins: string[];
                public networkPlugins: string[];
                public logPlugins: string[];
                public runtimes: keel.engine.v1.IRuntime[];
                public defaultRuntime: string;
                public securityOptions: string[];
                public kernelVersion: string;
                public operatingSystem: string;
                public osVersion: string;
                public osType: string;
                public architecture: string;
                public ncpu: number;
                public memTotal: number;
                public name: string;
                public rootDir: string;
                public debug: boolean;
                public serverVersion: string;
                public insecureRegistryCidrs: string[];
                public mirrors: string[];
                public liveRestoreEnabled: boolean;
                public labels: string[];
                public warnings: string[];
                public httpProxy: string;
                public httpsProxy: string;
                public noProxy: string;
                public memoryLimit: boolean;
                public swapLimit: boolean;
                public cpuCfsPeriod: boolean;
                public cpuCfsQuota: boolean;
                public cpuShares: boolean;
                public cpuSet: boolean;
                public pidsLimit: boolean;
                public oomKillDisable: boolean;
                public ipv4Forwarding: boolean;
                public initBinary: string;
                public systemTime: string;
                public static create(properties?: keel.engine.v1.IInfoResponse): keel.engine.v1.InfoResponse;
                public static encode(m: keel.engine.v1.IInfoResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.engine.v1.InfoResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.engine.v1.InfoResponse;
                public static toObject(m: keel.engine.v1.InfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace graphd {

        namespace v1 {

            interface IImageConfig {
                cmd?: (string[]|null);
                cmdSet?: (boolean|null);
                entrypoint?: (string[]|null);
                entrypointSet?: (boolean|null);
                env?: (string[]|null);
                workingDir?: (string|null);
                user?: (string|null);
                labels?: ({ [k: string]: string }|null);
                stopSignal?: (string|null);
                exposedPorts?: (string[]|null);
                origin?: (keel.graphd.v1.IContainerOrigin|null);
            }

            class ImageConfig implements IImageConfig {
                constructor(p?: keel.graphd.v1.IImageConfig);
                public cmd: string[];
                public cmdSet: boolean;
                public entrypoint: string[];
                public entrypointSet: boolean;
                public env: string[];
                public workingDir: string;
                public user: string;
                public labels: { [k: string]: string };
                public stopSignal: string;
                public exposedPorts: string[];
                public origin?: (keel.graphd.v1.IContainerOrigin|null);
                public static create(properties?: keel.graphd.v1.IImageConfig): keel.graphd.v1.ImageConfig;
                public static encode(m: keel.graphd.v1.IImageConfig, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImageConfig;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImageConfig;
                public static toObject(m: keel.graphd.v1.ImageConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IContainerOrigin {
                hostname?: (string|null);
                domainname?: (string|null);
                image?: (string|null);
                attachStdin?: (boolean|null);
                attachStdout?: (boolean|null);
                attachStderr?: (boolean|null);
                tty?: (boolean|null);
                openStdin?: (boolean|null);
                stdinOnce?: (boolean|null);
            }

            class ContainerOrigin implements IContainerOrigin {
                constructor(p?: keel.graphd.v1.IContainerOrigin);
                public hostname: string;
                public domainname: string;
                public image: string;
                public attachStdin: boolean;
                public attachStdout: boolean;
                public attachStderr: boolean;
                public tty: boolean;
                public openStdin: boolean;
                public stdinOnce: boolean;
                public static create(properties?: keel.graphd.v1.IContainerOrigin): keel.graphd.v1.ContainerOrigin;
                public static encode(m: keel.graphd.v1.IContainerOrigin, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ContainerOrigin;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ContainerOrigin;
                public static toObject(m: keel.graphd.v1.ContainerOrigin, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImage {
                id?: (string|null);
                repoTags?: (string[]|null);
                createdMs?: (number|null);
                size?: (number|null);
                config?: (keel.graphd.v1.IImageConfig|null);
                layers?: (string[]|null);
                comment?: (string|null);
                os?: (string|null);
                architecture?: (string|null);
                driver?: (string|null);
                repoDigests?: (string[]|null);
                parent?: (string|null);
                author?: (string|null);
                containers?: (number|null);
                sharedSize?: (number|null);
                created?: (string|null);
                dockerVersion?: (string|null);
                container?: (string|null);
                driverData?: ({ [k: string]: string }|null);
            }

            class Image implements IImage {
                constructor(p?: keel.graphd.v1.IImage);
                public id: string;
                public repoTags: string[];
                public createdMs: number;
                public size: number;
                public config?: (keel.graphd.v1.IImageConfig|null);
                public layers: string[];
                public comment: string;
                public os: string;
                public architecture: string;
                public driver: string;
                public repoDigests: string[];
                public parent: string;
                public author: string;
                public containers: number;
                public sharedSize: number;
                public created: string;
                public dockerVersion: string;
                public container: string;
                public driverData: { [k: string]: string };
                public static create(properties?: keel.graphd.v1.IImage): keel.graphd.v1.Image;
                public static encode(m: keel.graphd.v1.IImage, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.Image;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.Image;
                public static toObject(m: keel.graphd.v1.Image, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImportImageRequest {
                sourcePath?: (string|null);
                repo?: (string|null);
                tag?: (string|null);
                changes?: (string[]|null);
                message?: (string|null);
                layerPaths?: (string[]|null);
            }

            class ImportImageRequest implements IImportImageRequest {
                constructor(p?: keel.graphd.v1.IImportImageRequest);
                public sourcePath: string;
                public repo: string;
                public tag: string;
                public changes: string[];
                public message: string;
                public layerPaths: string[];
                public static create(properties?: keel.graphd.v1.IImportImageRequest): keel.graphd.v1.ImportImageRequest;
                public static encode(m: keel.graphd.v1.IImportImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImportImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImportImageRequest;
                public static toObject(m: keel.graphd.v1.ImportImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImportImageResponse {
                image?: (keel.graphd.v1.IImage|null);
            }

            class ImportImageResponse implements IImportImageResponse {
                constructor(p?: keel.graphd.v1.IImportImageResponse);
                public image?: (keel.graphd.v1.IImage|null);
                public static create(properties?: keel.graphd.v1.IImportImageResponse): keel.graphd.v1.ImportImageResponse;
                public static encode(m: keel.graphd.v1.IImportImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImportImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImportImageResponse;
                public static toObject(m: keel.graphd.v1.ImportImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListImagesRequest {
                all?: (boolean|null);
                filters?: (keel.graphd.v1.IImageFilter[]|null);
            }

            class ListImagesRequest implements IListImagesRequest {
                constructor(p?: keel.graphd.v1.IListImagesRequest);
                public all: boolean;
                public filters: keel.graphd.v1.IImageFilter[];
                public static create(properties?: keel.graphd.v1.IListImagesRequest): keel.graphd.v1.ListImagesRequest;
                public static encode(m: keel.graphd.v1.IListImagesRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ListImagesRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ListImagesRequest;
                public static toObject(m: keel.graphd.v1.ListImagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImageFilter {
                key?: (string|null);
                value?: (string|null);
            }

            class ImageFilter implements IImageFilter {
                constructor(p?: keel.graphd.v1.IImageFilter);
                public key: string;
                public value: string;
                public static create(properties?: keel.graphd.v1.IImageFilter): keel.graphd.v1.ImageFilter;
                public static encode(m: keel.graphd.v1.IImageFilter, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImageFilter;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImageFilter;
                public static toObject(m: keel.graphd.v1.ImageFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListImagesResponse {
                images?: (keel.graphd.v1.IImage[]|null);
                layersSize?: (number|null);
            }

            class ListImagesResponse implements IListImagesResponse {
                constructor(p?: keel.graphd.v1.IListImagesResponse);
                public images: keel.graphd.v1.IImage[];
                public layersSize: number;
                public static create(properties?: keel.graphd.v1.IListImagesResponse): keel.graphd.v1.ListImagesResponse;
                public static encode(m: keel.graphd.v1.IListImagesResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ListImagesResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ListImagesResponse;
                public static toObject(m: keel.graphd.v1.ListImagesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectImageRequest {
                name?: (string|null);
            }

            class InspectImageRequest implements IInspectImageRequest {
                constructor(p?: keel.graphd.v1.IInspectImageRequest);
                public name: string;
                public static create(properties?: keel.graphd.v1.IInspectImageRequest): keel.graphd.v1.InspectImageRequest;
                public static encode(m: keel.graphd.v1.IInspectImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.InspectImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.InspectImageRequest;
                public static toObject(m: keel.graphd.v1.InspectImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectImageResponse {
                image?: (keel.graphd.v1.IImage|null);
            }

            class InspectImageResponse implements IInspectImageResponse {
                constructor(p?: keel.graphd.v1.IInspectImageResponse);
                public image?: (keel.graphd.v1.IImage|null);
                public static create(properties?: keel.graphd.v1.IInspectImageResponse): keel.graphd.v1.InspectImageResponse;
                public static encode(m: keel.graphd.v1.IInspectImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.InspectImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.InspectImageResponse;
                public static toObject(m: keel.graphd.v1.InspectImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveImageRequest {
                name?: (string|null);
                force?: (boolean|null);
                noPrune?: (boolean|null);
                running?: (string[]|null);
            }

            class RemoveImageRequest implements IRemoveImageRequest {
                constructor(p?: keel.graphd.v1.IRemoveImageRequest);
                public name: string;
                public force: boolean;
                public noPrune: boolean;
                public running: string[];
                public static create(properties?: keel.graphd.v1.IRemoveImageRequest): keel.graphd.v1.RemoveImageRequest;
                public static encode(m: keel.graphd.v1.IRemoveImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.RemoveImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.RemoveImageRequest;
                public static toObject(m: keel.graphd.v1.RemoveImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveImageResponse {
                untagged?: (string[]|null);
                deleted?: (string[]|null);
            }

            class RemoveImageResponse implements IRemoveImageResponse {
                constructor(p?: keel.graphd.v1.IRemoveImageResponse);
                public untagged: string[];
                public deleted: string[];
                public static create(properties?: keel.graphd.v1.IRemoveImageResponse): keel.graphd.v1.RemoveImageResponse;
                public static encode(m: keel.graphd.v1.IRemoveImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.RemoveImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.RemoveImageResponse;
                public static toObject(m: keel.graphd.v1.RemoveImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPrepareRootfsRequest {
                containerId?: (string|null);
                image?: (string|null);
            }

            class PrepareRootfsRequest implements IPrepareRootfsRequest {
                constructor(p?: keel.graphd.v1.IPrepareRootfsRequest);
                public containerId: string;
                public image: string;
                public static create(properties?: keel.graphd.v1.IPrepareRootfsRequest): keel.graphd.v1.PrepareRootfsRequest;
                public static encode(m: keel.graphd.v1.IPrepareRootfsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.PrepareRootfsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.PrepareRootfsRequest;
                public static toObject(m: keel.graphd.v1.PrepareRootfsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPrepareRootfsResponse {
                rootfsPath?: (string|null);
                driver?: (string|null);
            }

            class PrepareRootfsResponse implements IPrepareRootfsResponse {
                constructor(p?: keel.graphd.v1.IPrepareRootfsResponse);
                public rootfsPath: string;
                public driver: string;
                public static create(properties?: keel.graphd.v1.IPrepareRootfsResponse): keel.graphd.v1.PrepareRootfsResponse;
                public static encode(m: keel.graphd.v1.IPrepareRootfsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.PrepareRootfsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.PrepareRootfsResponse;
                public static toObject(m: keel.graphd.v1.PrepareRootfsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IReleaseRootfsRequest {
                containerId?: (string|null);
            }

            class ReleaseRootfsRequest implements IReleaseRootfsRequest {
                constructor(p?: keel.graphd.v1.IReleaseRootfsRequest);
                public containerId: string;
                public static create(properties?: keel.graphd.v1.IReleaseRootfsRequest): keel.graphd.v1.ReleaseRootfsRequest;
                public static encode(m: keel.graphd.v1.IReleaseRootfsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ReleaseRootfsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ReleaseRootfsRequest;
                public static toObject(m: keel.graphd.v1.ReleaseRootfsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IReleaseRootfsResponse {
            }

            class ReleaseRootfsResponse implements IReleaseRootfsResponse {
                constructor(p?: keel.graphd.v1.IReleaseRootfsResponse);
                public static create(properties?: keel.graphd.v1.IReleaseRootfsResponse): keel.graphd.v1.ReleaseRootfsResponse;
                public static encode(m: keel.graphd.v1.IReleaseRootfsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ReleaseRootfsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ReleaseRootfsResponse;
                public static toObject(m: keel.graphd.v1.ReleaseRootfsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITagImageRequest {
                source?: (string|null);
                repo?: (string|null);
                tag?: (string|null);
            }

            class TagImageRequest implements ITagImageRequest {
                constructor(p?: keel.graphd.v1.ITagImageRequest);
                public source: string;
                public repo: string;
                public tag: string;
                public static create(properties?: keel.graphd.v1.ITagImageRequest): keel.graphd.v1.TagImageRequest;
                public static encode(m: keel.graphd.v1.ITagImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.TagImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.TagImageRequest;
                public static toObject(m: keel.graphd.v1.TagImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITagImageResponse {
                imageId?: (string|null);
            }

            class TagImageResponse implements ITagImageResponse {
                constructor(p?: keel.graphd.v1.ITagImageResponse);
                public imageId: string;
                public static create(properties?: keel.graphd.v1.ITagImageResponse): keel.graphd.v1.TagImageResponse;
                public static encode(m: keel.graphd.v1.ITagImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.TagImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.TagImageResponse;
                public static toObject(m: keel.graphd.v1.TagImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImageHistoryRequest {
                name?: (string|null);
            }

            class ImageHistoryRequest implements IImageHistoryRequest {
                constructor(p?: keel.graphd.v1.IImageHistoryRequest);
                public name: string;
                public static create(properties?: keel.graphd.v1.IImageHistoryRequest): keel.graphd.v1.ImageHistoryRequest;
                public static encode(m: keel.graphd.v1.IImageHistoryRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImageHistoryRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImageHistoryRequest;
                public static toObject(m: keel.graphd.v1.ImageHistoryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IHistoryEntry {
                id?: (string|null);
                created?: (number|null);
                createdBy?: (string|null);
                tags?: (string[]|null);
                size?: (number|null);
                comment?: (string|null);
            }

            class HistoryEntry implements IHistoryEntry {
                constructor(p?: keel.graphd.v1.IHistoryEntry);
                public id: string;
                public created: number;
                public createdBy: string;
                public tags: string[];
                public size: number;
                public comment: string;
                public static create(properties?: keel.graphd.v1.IHistoryEntry): keel.graphd.v1.HistoryEntry;
                public static encode(m: keel.graphd.v1.IHistoryEntry, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.HistoryEntry;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.HistoryEntry;
                public static toObject(m: keel.graphd.v1.HistoryEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IImageHistoryResponse {
                entries?: (keel.graphd.v1.IHistoryEntry[]|null);
            }

            class ImageHistoryResponse implements IImageHistoryResponse {
                constructor(p?: keel.graphd.v1.IImageHistoryResponse);
                public entries: keel.graphd.v1.IHistoryEntry[];
                public static create(properties?: keel.graphd.v1.IImageHistoryResponse): keel.graphd.v1.ImageHistoryResponse;
                public static encode(m: keel.graphd.v1.IImageHistoryResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ImageHistoryResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ImageHistoryResponse;
                public static toObject(m: keel.graphd.v1.ImageHistoryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPruneImagesRequest {
                all?: (boolean|null);
                filters?: (keel.graphd.v1.IImageFilter[]|null);
                running?: (string[]|null);
            }

            class PruneImagesRequest implements IPruneImagesRequest {
                constructor(p?: keel.graphd.v1.IPruneImagesRequest);
                public all: boolean;
                public filters: keel.graphd.v1.IImageFilter[];
                public running: string[];
                public static create(properties?: keel.graphd.v1.IPruneImagesRequest): keel.graphd.v1.PruneImagesRequest;
                public static encode(m: keel.graphd.v1.IPruneImagesRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.PruneImagesRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.PruneImagesRequest;
                public static toObject(m: keel.graphd.v1.PruneImagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPruneImagesResponse {
                untagged?: (string[]|null);
                deleted?: (string[]|null);
                spaceReclaimed?: (number|null);
            }

            class PruneImagesResponse implements IPruneImagesResponse {
                constructor(p?: keel.graphd.v1.IPruneImagesResponse);
                public untagged: string[];
                public deleted: string[];
                public spaceReclaimed: number;
                public static create(properties?: keel.graphd.v1.IPruneImagesResponse): keel.graphd.v1.PruneImagesResponse;
                public static encode(m: keel.graphd.v1.IPruneImagesResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.PruneImagesResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.PruneImagesResponse;
                public static toObject(m: keel.graphd.v1.PruneImagesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommitRootfsRequest {
                containerId?: (string|null);
                repo?: (string|null);
                tag?: (string|null);
                comment?: (string|null);
                author?: (string|null);
                config?: (keel.graphd.v1.IImageConfig|null);
                changes?: (string[]|null);
                createdBy?: (string|null);
            }

            class CommitRootfsRequest implements ICommitRootfsRequest {
                constructor(p?: keel.graphd.v1.ICommitRootfsRequest);
                public containerId: string;
                public repo: string;
                public tag: string;
                public comment: string;
                public author: string;
                public config?: (keel.graphd.v1.IImageConfig|null);
                public changes: string[];
                public createdBy: string;
                public static create(properties?: keel.graphd.v1.ICommitRootfsRequest): keel.graphd.v1.CommitRootfsRequest;
                public static encode(m: keel.graphd.v1.ICommitRootfsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.CommitRootfsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.CommitRootfsRequest;
                public static toObject(m: keel.graphd.v1.CommitRootfsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICommitRootfsResponse {
                image?: (keel.graphd.v1.IImage|null);
            }

            class CommitRootfsResponse implements ICommitRootfsResponse {
                constructor(p?: keel.graphd.v1.ICommitRootfsResponse);
                public image?: (keel.graphd.v1.IImage|null);
                public static create(properties?: keel.graphd.v1.ICommitRootfsResponse): keel.graphd.v1.CommitRootfsResponse;
                public static encode(m: keel.graphd.v1.ICommitRootfsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.CommitRootfsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.CommitRootfsResponse;
                public static toObject(m: keel.graphd.v1.CommitRootfsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRootfsUsageRequest {
            }

            class RootfsUsageRequest implements IRootfsUsageRequest {
                constructor(p?: keel.graphd.v1.IRootfsUsageRequest);
                public static create(properties?: keel.graphd.v1.IRootfsUsageRequest): keel.graphd.v1.RootfsUsageRequest;
                public static encode(m: keel.graphd.v1.IRootfsUsageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.RootfsUsageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.RootfsUsageRequest;
                public static toObject(m: keel.graphd.v1.RootfsUsageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRootfsUsage {
                containerId?: (string|null);
                sizeRw?: (number|null);
                sizeRootFs?: (number|null);
            }

            class RootfsUsage implements IRootfsUsage {
                constructor(p?: keel.graphd.v1.IRootfsUsage);
                public containerId: string;
                public sizeRw: number;
                public sizeRootFs: number;
                public static create(properties?: keel.graphd.v1.IRootfsUsage): keel.graphd.v1.RootfsUsage;
                public static encode(m: keel.graphd.v1.IRootfsUsage, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.RootfsUsage;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.RootfsUsage;
                public static toObject(m: keel.graphd.v1.RootfsUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRootfsUsageResponse {
                usage?: (keel.graphd.v1.IRootfsUsage[]|null);
            }

            class RootfsUsageResponse implements IRootfsUsageResponse {
                constructor(p?: keel.graphd.v1.IRootfsUsageResponse);
                public usage: keel.graphd.v1.IRootfsUsage[];
                public static create(properties?: keel.graphd.v1.IRootfsUsageResponse): keel.graphd.v1.RootfsUsageResponse;
                public static encode(m: keel.graphd.v1.IRootfsUsageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.RootfsUsageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.RootfsUsageResponse;
                public static toObject(m: keel.graphd.v1.RootfsUsageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IArchiveMember {
                name?: (string|null);
                path?: (string|null);
                linkname?: (string|null);
                size?: (number|null);
                dir?: (boolean|null);
            }

            class ArchiveMember implements IArchiveMember {
                constructor(p?: keel.graphd.v1.IArchiveMember);
                public name: string;
                public path: string;
                public linkname: string;
                public size: number;
                public dir: boolean;
                public static create(properties?: keel.graphd.v1.IArchiveMember): keel.graphd.v1.ArchiveMember;
                public static encode(m: keel.graphd.v1.IArchiveMember, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ArchiveMember;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ArchiveMember;
                public static toObject(m: keel.graphd.v1.ArchiveMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ILoadImageRequest {
                members?: (keel.graphd.v1.IArchiveMember[]|null);
            }

            class LoadImageRequest implements ILoadImageRequest {
                constructor(p?: keel.graphd.v1.ILoadImageRequest);
                public members: keel.graphd.v1.IArchiveMember[];
                public static create(properties?: keel.graphd.v1.ILoadImageRequest): keel.graphd.v1.LoadImageRequest;
                public static encode(m: keel.graphd.v1.ILoadImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.LoadImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.LoadImageRequest;
                public static toObject(m: keel.graphd.v1.LoadImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ILoadedLayer {
                diffId?: (string|null);
                size?: (number|null);
                existed?: (boolean|null);
            }

            class LoadedLayer implements ILoadedLayer {
                constructor(p?: keel.graphd.v1.ILoadedLayer);
                public diffId: string;
                public size: number;
                public existed: boolean;
                public static create(properties?: keel.graphd.v1.ILoadedLayer): keel.graphd.v1.LoadedLayer;
                public static encode(m: keel.graphd.v1.ILoadedLayer, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.LoadedLayer;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.LoadedLayer;
                public static toObject(m: keel.graphd.v1.LoadedLayer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ILoadImageResponse {
                loaded?: (string[]|null);
                layers?: (keel.graphd.v1.ILoadedLayer[]|null);
                replaced?: ({ [k: string]: string }|null);
            }

            class LoadImageResponse implements ILoadImageResponse {
                constructor(p?: keel.graphd.v1.ILoadImageResponse);
                public loaded: string[];
                public layers: keel.graphd.v1.ILoadedLayer[];
                public replaced: { [k: string]: string };
                public static create(properties?: keel.graphd.v1.ILoadImageResponse): keel.graphd.v1.LoadImageResponse;
                public static encode(m: keel.graphd.v1.ILoadImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.LoadImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.LoadImageResponse;
                public static toObject(m: keel.graphd.v1.LoadImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ILayerProgress {
                diffId?: (string|null);
                current?: (number|null);
                total?: (number|null);
            }

            class LayerProgress implements ILayerProgress {
                constructor(p?: keel.graphd.v1.ILayerProgress);
                public diffId: string;
                public current: number;
                public total: number;
                public static create(properties?: keel.graphd.v1.ILayerProgress): keel.graphd.v1.LayerProgress;
                public static encode(m: keel.graphd.v1.ILayerProgress, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.LayerProgress;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.LayerProgress;
                public static toObject(m: keel.graphd.v1.LayerProgress, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISaveImageRequest {
                names?: (string[]|null);
                format?: (string|null);
                dir?: (string|null);
            }

            class SaveImageRequest implements ISaveImageRequest {
                constructor(p?: keel.graphd.v1.ISaveImageRequest);
                public names: string[];
                public format: string;
                public dir: string;
                public static create(properties?: keel.graphd.v1.ISaveImageRequest): keel.graphd.v1.SaveImageRequest;
                public static encode(m: keel.graphd.v1.ISaveImageRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.SaveImageRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.SaveImageRequest;
                public static toObject(m: keel.graphd.v1.SaveImageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ISaveImageResponse {
                members?: (keel.graphd.v1.IArchiveMember[]|null);
            }

            class SaveImageResponse implements ISaveImageResponse {
                constructor(p?: keel.graphd.v1.ISaveImageResponse);
                public members: keel.graphd.v1.IArchiveMember[];
                public static create(properties?: keel.graphd.v1.ISaveImageResponse): keel.graphd.v1.SaveImageResponse;
                public static encode(m: keel.graphd.v1.ISaveImageResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.SaveImageResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.SaveImageResponse;
                public static toObject(m: keel.graphd.v1.SaveImageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IExportRootfsRequest {
                containerId?: (string|null);
                path?: (string|null);
            }

            class ExportRootfsRequest implements IExportRootfsRequest {
                constructor(p?: keel.graphd.v1.IExportRootfsRequest);
                public containerId: string;
                public path: string;
                public static create(properties?: keel.graphd.v1.IExportRootfsRequest): keel.graphd.v1.ExportRootfsRequest;
                public static encode(m: keel.graphd.v1.IExportRootfsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ExportRootfsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ExportRootfsRequest;
                public static toObject(m: keel.graphd.v1.ExportRootfsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IExportRootfsResponse {
                size?: (number|null);
            }

            class ExportRootfsResponse implements IExportRootfsResponse {
                constructor(p?: keel.graphd.v1.IExportRootfsResponse);
                public size: number;
                public static create(properties?: keel.graphd.v1.IExportRootfsResponse): keel.graphd.v1.ExportRootfsResponse;
                public static encode(m: keel.graphd.v1.IExportRootfsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.graphd.v1.ExportRootfsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.graphd.v1.ExportRootfsResponse;
                public static toObject(m: keel.graphd.v1.ExportRootfsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace execd {

        namespace v1 {

            interface IProcessSpec {
                args?: (string[]|null);
                env?: (string[]|null);
                cwd?: (string|null);
                user?: (string|null);
                hostname?: (string|null);
                tty?: (boolean|null);
                openStdin?: (boolean|null);
                stdinOnce?: (boolean|null);
                consoleHeight?: (number|null);
                consoleWidth?: (number|null);
            }

            class ProcessSpec implements IProcessSpec {
                constructor(p?: keel.execd.v1.IProcessSpec);
                public args: string[];
                public env: string[];
                public cwd: string;
                public user: string;
                public hostname: string;
                public tty: boolean;
                public openStdin: boolean;
                public stdinOnce: boolean;
                public consoleHeight: number;
                public consoleWidth: number;
                public static create(properties?: keel.execd.v1.IProcessSpec): keel.execd.v1.ProcessSpec;
                public static encode(m: keel.execd.v1.IProcessSpec, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ProcessSpec;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ProcessSpec;
                public static toObject(m: keel.execd.v1.ProcessSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateTaskRequest {
                containerId?: (string|null);
                rootfs?: (string|null);
                process?: (keel.execd.v1.IProcessSpec|null);
                networkMode?: (string|null);
                hostConfig?: (keel.common.v1.IHostConfig|null);
            }

            class CreateTaskRequest implements ICreateTaskRequest {
                constructor(p?: keel.execd.v1.ICreateTaskRequest);
                public containerId: string;
                public rootfs: string;
                public process?: (keel.execd.v1.IProcessSpec|null);
                public networkMode: string;
                public hostConfig?: (keel.common.v1.IHostConfig|null);
                public static create(properties?: keel.execd.v1.ICreateTaskRequest): keel.execd.v1.CreateTaskRequest;
                public static encode(m: keel.execd.v1.ICreateTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateTaskRequest;
                public static toObject(m: keel.execd.v1.CreateTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateTaskResponse {
                logPath?: (string|null);
                warnings?: (string[]|null);
                execDriver?: (string|null);
            }

            class CreateTaskResponse implements ICreateTaskResponse {
                constructor(p?: keel.execd.v1.ICreateTaskResponse);
                public logPath: string;
                public warnings: string[];
                public execDriver: string;
                public static create(properties?: keel.execd.v1.ICreateTaskResponse): keel.execd.v1.CreateTaskResponse;
                public static encode(m: keel.execd.v1.ICreateTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateTaskResponse;
                public static toObject(m: keel.execd.v1.CreateTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartTaskRequest {
                containerId?: (string|null);
            }

            class StartTaskRequest implements IStartTaskRequest {
                constructor(p?: keel.execd.v1.IStartTaskRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.IStartTaskRequest): keel.execd.v1.StartTaskRequest;
                public static encode(m: keel.execd.v1.IStartTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.StartTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.StartTaskRequest;
                public static toObject(m: keel.execd.v1.StartTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartTaskResponse {
                pid?: (number|null);
                startedMs?: (number|null);
            }

            class StartTaskResponse implements IStartTaskResponse {
                constructor(p?: keel.execd.v1.IStartTaskResponse);
                public pid: number;
                public startedMs: number;
                public static create(properties?: keel.execd.v1.IStartTaskResponse): keel.execd.v1.StartTaskResponse;
                public static encode(m: keel.execd.v1.IStartTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.StartTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.StartTaskResponse;
                public static toObject(m: keel.execd.v1.StartTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IWaitTaskRequest {
                containerId?: (string|null);
            }

            class WaitTaskRequest implements IWaitTaskRequest {
                constructor(p?: keel.execd.v1.IWaitTaskRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.IWaitTaskRequest): keel.execd.v1.WaitTaskRequest;
                public static encode(m: keel.execd.v1.IWaitTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.WaitTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.WaitTaskRequest;
                public static toObject(m: keel.execd.v1.WaitTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IWaitTaskResponse {
                exitCode?: (number|null);
                finishedMs?: (number|null);
                oomKilled?: (boolean|null);
            }

            class WaitTaskResponse implements IWaitTaskResponse {
                constructor(p?: keel.execd.v1.IWaitTaskResponse);
                public exitCode: number;
                public finishedMs: number;
                public oomKilled: boolean;
                public static create(properties?: keel.execd.v1.IWaitTaskResponse): keel.execd.v1.WaitTaskResponse;
                public static encode(m: keel.execd.v1.IWaitTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.WaitTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.WaitTaskResponse;
                public static toObject(m: keel.execd.v1.WaitTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKillTaskRequest {
                containerId?: (string|null);
                signal?: (number|null);
            }

            class KillTaskRequest implements IKillTaskRequest {
                constructor(p?: keel.execd.v1.IKillTaskRequest);
                public containerId: string;
                public signal: number;
                public static create(properties?: keel.execd.v1.IKillTaskRequest): keel.execd.v1.KillTaskRequest;
                public static encode(m: keel.execd.v1.IKillTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.KillTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.KillTaskRequest;
                public static toObject(m: keel.execd.v1.KillTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IKillTaskResponse {
            }

            class KillTaskResponse implements IKillTaskResponse {
                constructor(p?: keel.execd.v1.IKillTaskResponse);
                public static create(properties?: keel.execd.v1.IKillTaskResponse): keel.execd.v1.KillTaskResponse;
                public static encode(m: keel.execd.v1.IKillTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.KillTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.KillTaskResponse;
                public static toObject(m: keel.execd.v1.KillTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeleteTaskRequest {
                containerId?: (string|null);
                force?: (boolean|null);
            }

            class DeleteTaskRequest implements IDeleteTaskRequest {
                constructor(p?: keel.execd.v1.IDeleteTaskRequest);
                public containerId: string;
                public force: boolean;
                public static create(properties?: keel.execd.v1.IDeleteTaskRequest): keel.execd.v1.DeleteTaskRequest;
                public static encode(m: keel.execd.v1.IDeleteTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.DeleteTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.DeleteTaskRequest;
                public static toObject(m: keel.execd.v1.DeleteTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDeleteTaskResponse {
            }

            class DeleteTaskResponse implements IDeleteTaskResponse {
                constructor(p?: keel.execd.v1.IDeleteTaskResponse);
                public static create(properties?: keel.execd.v1.IDeleteTaskResponse): keel.execd.v1.DeleteTaskResponse;
                public static encode(m: keel.execd.v1.IDeleteTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.DeleteTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.DeleteTaskResponse;
                public static toObject(m: keel.execd.v1.DeleteTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskStateRequest {
                containerId?: (string|null);
            }

            class TaskStateRequest implements ITaskStateRequest {
                constructor(p?: keel.execd.v1.ITaskStateRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.ITaskStateRequest): keel.execd.v1.TaskStateRequest;
                public static encode(m: keel.execd.v1.ITaskStateRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskStateRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskStateRequest;
                public static toObject(m: keel.execd.v1.TaskStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskStateResponse {
                status?: (string|null);
                pid?: (number|null);
                exitCode?: (number|null);
                startedMs?: (number|null);
                finishedMs?: (number|null);
                logPath?: (string|null);
                oomKilled?: (boolean|null);
                paused?: (boolean|null);
                execIds?: (string[]|null);
            }

            class TaskStateResponse implements ITaskStateResponse {
                constructor(p?: keel.execd.v1.ITaskStateResponse);
                public status: string;
                public pid: number;
                public exitCode: number;
                public startedMs: number;
                public finishedMs: number;
                public logPath: string;
                public oomKilled: boolean;
                public paused: boolean;
                public execIds: string[];
                public static create(properties?: keel.execd.v1.ITaskStateResponse): keel.execd.v1.TaskStateResponse;
                public static encode(m: keel.execd.v1.ITaskStateResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskStateResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskStateResponse;
                public static toObject(m: keel.execd.v1.TaskStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAttachTaskRequest {
                containerId?: (string|null);
                execId?: (string|null);
                pending?: (boolean|null);
            }

            class AttachTaskRequest implements IAttachTaskRequest {
                constructor(p?: keel.execd.v1.IAttachTaskRequest);
                public containerId: string;
                public execId: string;
                public pending: boolean;
                public static create(properties?: keel.execd.v1.IAttachTaskRequest): keel.execd.v1.AttachTaskRequest;
                public static encode(m: keel.execd.v1.IAttachTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.AttachTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.AttachTaskRequest;
                public static toObject(m: keel.execd.v1.AttachTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IAttachTaskResponse {
                ioDir?: (string|null);
                status?: (string|null);
            }

            class AttachTaskResponse implements IAttachTaskResponse {
                constructor(p?: keel.execd.v1.IAttachTaskResponse);
                public ioDir: string;
                public status: string;
                public static create(properties?: keel.execd.v1.IAttachTaskResponse): keel.execd.v1.AttachTaskResponse;
                public static encode(m: keel.execd.v1.IAttachTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.AttachTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.AttachTaskResponse;
                public static toObject(m: keel.execd.v1.AttachTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeTaskRequest {
                containerId?: (string|null);
                execId?: (string|null);
                height?: (number|null);
                width?: (number|null);
            }

            class ResizeTaskRequest implements IResizeTaskRequest {
                constructor(p?: keel.execd.v1.IResizeTaskRequest);
                public containerId: string;
                public execId: string;
                public height: number;
                public width: number;
                public static create(properties?: keel.execd.v1.IResizeTaskRequest): keel.execd.v1.ResizeTaskRequest;
                public static encode(m: keel.execd.v1.IResizeTaskRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ResizeTaskRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ResizeTaskRequest;
                public static toObject(m: keel.execd.v1.ResizeTaskRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IResizeTaskResponse {
            }

            class ResizeTaskResponse implements IResizeTaskResponse {
                constructor(p?: keel.execd.v1.IResizeTaskResponse);
                public static create(properties?: keel.execd.v1.IResizeTaskResponse): keel.execd.v1.ResizeTaskResponse;
                public static encode(m: keel.execd.v1.IResizeTaskResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ResizeTaskResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ResizeTaskResponse;
                public static toObject(m: keel.execd.v1.ResizeTaskResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateExecRequest {
                containerId?: (string|null);
                execId?: (string|null);
                process?: (keel.execd.v1.IProcessSpec|null);
                attachStdout?: (boolean|null);
                attachStderr?: (boolean|null);
                detachKeys?: (string|null);
                privileged?: (boolean|null);
            }

            class CreateExecRequest implements ICreateExecRequest {
                constructor(p?: keel.execd.v1.ICreateExecRequest);
                public containerId: string;
                public execId: string;
                public process?: (keel.execd.v1.IProcessSpec|null);
                public attachStdout: boolean;
                public attachStderr: boolean;
                public detachKeys: string;
                public privileged: boolean;
                public static create(properties?: keel.execd.v1.ICreateExecRequest): keel.execd.v1.CreateExecRequest;
                public static encode(m: keel.execd.v1.ICreateExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateExecRequest;
                public static toObject(m: keel.execd.v1.CreateExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateExecResponse {
            }

            class CreateExecResponse implements ICreateExecResponse {
                constructor(p?: keel.execd.v1.ICreateExecResponse);
                public static create(properties?: keel.execd.v1.ICreateExecResponse): keel.execd.v1.CreateExecResponse;
                public static encode(m: keel.execd.v1.ICreateExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateExecResponse;
                public static toObject(m: keel.execd.v1.CreateExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartExecRequest {
                execId?: (string|null);
                detach?: (boolean|null);
            }

            class StartExecRequest implements IStartExecRequest {
                constructor(p?: keel.execd.v1.IStartExecRequest);
                public execId: string;
                public detach: boolean;
                public static create(properties?: keel.execd.v1.IStartExecRequest): keel.execd.v1.StartExecRequest;
                public static encode(m: keel.execd.v1.IStartExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.StartExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.StartExecRequest;
                public static toObject(m: keel.execd.v1.StartExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IStartExecResponse {
                pid?: (number|null);
                ioDir?: (string|null);
                error?: (string|null);
                exitCode?: (number|null);
            }

            class StartExecResponse implements IStartExecResponse {
                constructor(p?: keel.execd.v1.IStartExecResponse);
                public pid: number;
                public ioDir: string;
                public error: string;
                public exitCode: number;
                public static create(properties?: keel.execd.v1.IStartExecResponse): keel.execd.v1.StartExecResponse;
                public static encode(m: keel.execd.v1.IStartExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.StartExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.StartExecResponse;
                public static toObject(m: keel.execd.v1.StartExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectExecRequest {
                execId?: (string|null);
            }

            class InspectExecRequest implements IInspectExecRequest {
                constructor(p?: keel.execd.v1.IInspectExecRequest);
                public execId: string;
                public static create(properties?: keel.execd.v1.IInspectExecRequest): keel.execd.v1.InspectExecRequest;
                public static encode(m: keel.execd.v1.IInspectExecRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.InspectExecRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.InspectExecRequest;
                public static toObject(m: keel.execd.v1.InspectExecRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectExecResponse {
                execId?: (string|null);
                containerId?: (string|null);
                running?: (boolean|null);
                exitCode?: (number|null);
                exited?: (boolean|null);
                pid?: (number|null);
                process?: (keel.execd.v1.IProcessSpec|null);
                attachStdout?: (boolean|null);
                attachStderr?: (boolean|null);
                detachKeys?: (string|null);
                privileged?: (boolean|null);
            }

            class InspectExecResponse implements IInspectExecResponse {
                constructor(p?: keel.execd.v1.IInspectExecResponse);
                public execId: string;
                public containerId: string;
                public running: boolean;
                public exitCode: number;
                public exited: boolean;
                public pid: number;
                public process?: (keel.execd.v1.IProcessSpec|null);
                public attachStdout: boolean;
                public attachStderr: boolean;
                public detachKeys: string;
                public privileged: boolean;
                public static create(properties?: keel.execd.v1.IInspectExecResponse): keel.execd.v1.InspectExecResponse;
                public static encode(m: keel.execd.v1.IInspectExecResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.InspectExecResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.InspectExecResponse;
                public static toObject(m: keel.execd.v1.InspectExecResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskStatsRequest {
                containerId?: (string|null);
            }

            class TaskStatsRequest implements ITaskStatsRequest {
                constructor(p?: keel.execd.v1.ITaskStatsRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.ITaskStatsRequest): keel.execd.v1.TaskStatsRequest;
                public static encode(m: keel.execd.v1.ITaskStatsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskStatsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskStatsRequest;
                public static toObject(m: keel.execd.v1.TaskStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICpuUsage {
                totalUsage?: (number|null);
                percpuUsage?: (number[]|null);
                usageInUsermode?: (number|null);
                usageInKernelmode?: (number|null);
            }

            class CpuUsage implements ICpuUsage {
                constructor(p?: keel.execd.v1.ICpuUsage);
                public totalUsage: number;
                public percpuUsage: number[];
                public usageInUsermode: number;
                public usageInKernelmode: number;
                public static create(properties?: keel.execd.v1.ICpuUsage): keel.execd.v1.CpuUsage;
                public static encode(m: keel.execd.v1.ICpuUsage, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CpuUsage;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CpuUsage;
                public static toObject(m: keel.execd.v1.CpuUsage, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IThrottlingData {
                periods?: (number|null);
                throttledPeriods?: (number|null);
                throttledTime?: (number|null);
            }

            class ThrottlingData implements IThrottlingData {
                constructor(p?: keel.execd.v1.IThrottlingData);
                public periods: number;
                public throttledPeriods: number;
                public throttledTime: number;
                public static create(properties?: keel.execd.v1.IThrottlingData): keel.execd.v1.ThrottlingData;
                public static encode(m: keel.execd.v1.IThrottlingData, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ThrottlingData;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ThrottlingData;
                public static toObject(m: keel.execd.v1.ThrottlingData, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICpuStats {
                cpuUsage?: (keel.execd.v1.ICpuUsage|null);
                systemCpuUsage?: (number|null);
                onlineCpus?: (number|null);
                throttlingData?: (keel.execd.v1.IThrottlingData|null);
            }

            class CpuStats implements ICpuStats {
                constructor(p?: keel.execd.v1.ICpuStats);
                public cpuUsage?: (keel.execd.v1.ICpuUsage|null);
                public systemCpuUsage: number;
                public onlineCpus: number;
                public throttlingData?: (keel.execd.v1.IThrottlingData|null);
                public static create(properties?: keel.execd.v1.ICpuStats): keel.execd.v1.CpuStats;
                public static encode(m: keel.execd.v1.ICpuStats, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CpuStats;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CpuStats;
                public static toObject(m: keel.execd.v1.CpuStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMemoryStats {
                usage?: (number|null);
                maxUsage?: (number|null);
                limit?: (number|null);
                failcnt?: (number|null);
                stats?: ({ [k: string]: number }|null);
            }

            class MemoryStats implements IMemoryStats {
                constructor(p?: keel.execd.v1.IMemoryStats);
                public usage: number;
                public maxUsage: number;
                public limit: number;
                public failcnt: number;
                public stats: { [k: string]: number };
                public static create(properties?: keel.execd.v1.IMemoryStats): keel.execd.v1.MemoryStats;
                public static encode(m: keel.execd.v1.IMemoryStats, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.MemoryStats;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.MemoryStats;
                public static toObject(m: keel.execd.v1.MemoryStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPidsStats {
                current?: (number|null);
                limit?: (number|null);
            }

            class PidsStats implements IPidsStats {
                constructor(p?: keel.execd.v1.IPidsStats);
                public current: number;
                public limit: number;
                public static create(properties?: keel.execd.v1.IPidsStats): keel.execd.v1.PidsStats;
                public static encode(m: keel.execd.v1.IPidsStats, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.PidsStats;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.PidsStats;
                public static toObject(m: keel.execd.v1.PidsStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBlkioEntry {
                major?: (number|null);
                minor?: (number|null);
                op?: (string|null);
                value?: (number|null);
            }

            class BlkioEntry implements IBlkioEntry {
                constructor(p?: keel.execd.v1.IBlkioEntry);
                public major: number;
                public minor: number;
                public op: string;
                public value: number;
                public static create(properties?: keel.execd.v1.IBlkioEntry): keel.execd.v1.BlkioEntry;
                public static encode(m: keel.execd.v1.IBlkioEntry, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.BlkioEntry;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.BlkioEntry;
                public static toObject(m: keel.execd.v1.BlkioEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface INetworkStats {
                name?: (string|null);
                rxBytes?: (number|null);
                rxPackets?: (number|null);
                rxErrors?: (number|null);
                rxDropped?: (number|null);
                txBytes?: (number|null);
                txPackets?: (number|null);
                txErrors?: (number|null);
                txDropped?: (number|null);
            }

            class NetworkStats implements INetworkStats {
                constructor(p?: keel.execd.v1.INetworkStats);
                public name: string;
                public rxBytes: number;
                public rxPackets: number;
                public rxErrors: number;
                public rxDropped: number;
                public txBytes: number;
                public txPackets: number;
                public txErrors: number;
                public txDropped: number;
                public static create(properties?: keel.execd.v1.INetworkStats): keel.execd.v1.NetworkStats;
                public static encode(m: keel.execd.v1.INetworkStats, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.NetworkStats;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.NetworkStats;
                public static toObject(m: keel.execd.v1.NetworkStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskStats {
                readMs?: (number|null);
                cpuStats?: (keel.execd.v1.ICpuStats|null);
                memoryStats?: (keel.execd.v1.IMemoryStats|null);
                pidsStats?: (keel.execd.v1.IPidsStats|null);
                ioServiceBytes?: (keel.execd.v1.IBlkioEntry[]|null);
                networks?: (keel.execd.v1.INetworkStats[]|null);
                running?: (boolean|null);
            }

            class TaskStats implements ITaskStats {
                constructor(p?: keel.execd.v1.ITaskStats);
                public readMs: number;
                public cpuStats?: (keel.execd.v1.ICpuStats|null);
                public memoryStats?: (keel.execd.v1.IMemoryStats|null);
                public pidsStats?: (keel.execd.v1.IPidsStats|null);
                public ioServiceBytes: keel.execd.v1.IBlkioEntry[];
                public networks: keel.execd.v1.INetworkStats[];
                public running: boolean;
                public static create(properties?: keel.execd.v1.ITaskStats): keel.execd.v1.TaskStats;
                public static encode(m: keel.execd.v1.ITaskStats, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskStats;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskStats;
                public static toObject(m: keel.execd.v1.TaskStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskStatsResponse {
                stats?: (keel.execd.v1.ITaskStats|null);
            }

            class TaskStatsResponse implements ITaskStatsResponse {
                constructor(p?: keel.execd.v1.ITaskStatsResponse);
                public stats?: (keel.execd.v1.ITaskStats|null);
                public static create(properties?: keel.execd.v1.ITaskStatsResponse): keel.execd.v1.TaskStatsResponse;
                public static encode(m: keel.execd.v1.ITaskStatsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskStatsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskStatsResponse;
                public static toObject(m: keel.execd.v1.TaskStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskTopRequest {
                containerId?: (string|null);
                psArgs?: (string[]|null);
            }

            class TaskTopRequest implements ITaskTopRequest {
                constructor(p?: keel.execd.v1.ITaskTopRequest);
                public containerId: string;
                public psArgs: string[];
                public static create(properties?: keel.execd.v1.ITaskTopRequest): keel.execd.v1.TaskTopRequest;
                public static encode(m: keel.execd.v1.ITaskTopRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskTopRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskTopRequest;
                public static toObject(m: keel.execd.v1.TaskTopRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITopProcess {
                fields?: (string[]|null);
            }

            class TopProcess implements ITopProcess {
                constructor(p?: keel.execd.v1.ITopProcess);
                public fields: string[];
                public static create(properties?: keel.execd.v1.ITopProcess): keel.execd.v1.TopProcess;
                public static encode(m: keel.execd.v1.ITopProcess, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TopProcess;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TopProcess;
                public static toObject(m: keel.execd.v1.TopProcess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskTopResponse {
                titles?: (string[]|null);
                processes?: (keel.execd.v1.ITopProcess[]|null);
            }

            class TaskTopResponse implements ITaskTopResponse {
                constructor(p?: keel.execd.v1.ITaskTopResponse);
                public titles: string[];
                public processes: keel.execd.v1.ITopProcess[];
                public static create(properties?: keel.execd.v1.ITaskTopResponse): keel.execd.v1.TaskTopResponse;
                public static encode(m: keel.execd.v1.ITaskTopResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskTopResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskTopResponse;
                public static toObject(m: keel.execd.v1.TaskTopResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskPauseRequest {
                containerId?: (string|null);
            }

            class TaskPauseRequest implements ITaskPauseRequest {
                constructor(p?: keel.execd.v1.ITaskPauseRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.ITaskPauseRequest): keel.execd.v1.TaskPauseRequest;
                public static encode(m: keel.execd.v1.ITaskPauseRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskPauseRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskPauseRequest;
                public static toObject(m: keel.execd.v1.TaskPauseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskPauseResponse {
            }

            class TaskPauseResponse implements ITaskPauseResponse {
                constructor(p?: keel.execd.v1.ITaskPauseResponse);
                public static create(properties?: keel.execd.v1.ITaskPauseResponse): keel.execd.v1.TaskPauseResponse;
                public static encode(m: keel.execd.v1.ITaskPauseResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskPauseResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskPauseResponse;
                public static toObject(m: keel.execd.v1.TaskPauseResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskResumeRequest {
                containerId?: (string|null);
            }

            class TaskResumeRequest implements ITaskResumeRequest {
                constructor(p?: keel.execd.v1.ITaskResumeRequest);
                public containerId: string;
                public static create(properties?: keel.execd.v1.ITaskResumeRequest): keel.execd.v1.TaskResumeRequest;
                public static encode(m: keel.execd.v1.ITaskResumeRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskResumeRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskResumeRequest;
                public static toObject(m: keel.execd.v1.TaskResumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ITaskResumeResponse {
            }

            class TaskResumeResponse implements ITaskResumeResponse {
                constructor(p?: keel.execd.v1.ITaskResumeResponse);
                public static create(properties?: keel.execd.v1.ITaskResumeResponse): keel.execd.v1.TaskResumeResponse;
                public static encode(m: keel.execd.v1.ITaskResumeResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.TaskResumeResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.TaskResumeResponse;
                public static toObject(m: keel.execd.v1.TaskResumeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IVolume {
                name?: (string|null);
                driver?: (string|null);
                mountpoint?: (string|null);
                createdMs?: (number|null);
                labels?: ({ [k: string]: string }|null);
                options?: ({ [k: string]: string }|null);
                scope?: (string|null);
                usedBy?: (string[]|null);
            }

            class Volume implements IVolume {
                constructor(p?: keel.execd.v1.IVolume);
                public name: string;
                public driver: string;
                public mountpoint: string;
                public createdMs: number;
                public labels: { [k: string]: string };
                public options: { [k: string]: string };
                public scope: string;
                public usedBy: string[];
                public static create(properties?: keel.execd.v1.IVolume): keel.execd.v1.Volume;
                public static encode(m: keel.execd.v1.IVolume, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.Volume;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.Volume;
                public static toObject(m: keel.execd.v1.Volume, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateVolumeRequest {
                name?: (string|null);
                driver?: (string|null);
                labels?: ({ [k: string]: string }|null);
                driverOpts?: ({ [k: string]: string }|null);
            }

            class CreateVolumeRequest implements ICreateVolumeRequest {
                constructor(p?: keel.execd.v1.ICreateVolumeRequest);
                public name: string;
                public driver: string;
                public labels: { [k: string]: string };
                public driverOpts: { [k: string]: string };
                public static create(properties?: keel.execd.v1.ICreateVolumeRequest): keel.execd.v1.CreateVolumeRequest;
                public static encode(m: keel.execd.v1.ICreateVolumeRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateVolumeRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateVolumeRequest;
                public static toObject(m: keel.execd.v1.CreateVolumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface ICreateVolumeResponse {
                volume?: (keel.execd.v1.IVolume|null);
            }

            class CreateVolumeResponse implements ICreateVolumeResponse {
                constructor(p?: keel.execd.v1.ICreateVolumeResponse);
                public volume?: (keel.execd.v1.IVolume|null);
                public static create(properties?: keel.execd.v1.ICreateVolumeResponse): keel.execd.v1.CreateVolumeResponse;
                public static encode(m: keel.execd.v1.ICreateVolumeResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.CreateVolumeResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.CreateVolumeResponse;
                public static toObject(m: keel.execd.v1.CreateVolumeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListVolumesRequest {
                filters?: (string[]|null);
            }

            class ListVolumesRequest implements IListVolumesRequest {
                constructor(p?: keel.execd.v1.IListVolumesRequest);
                public filters: string[];
                public static create(properties?: keel.execd.v1.IListVolumesRequest): keel.execd.v1.ListVolumesRequest;
                public static encode(m: keel.execd.v1.IListVolumesRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ListVolumesRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ListVolumesRequest;
                public static toObject(m: keel.execd.v1.ListVolumesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListVolumesResponse {
                volumes?: (keel.execd.v1.IVolume[]|null);
            }

            class ListVolumesResponse implements IListVolumesResponse {
                constructor(p?: keel.execd.v1.IListVolumesResponse);
                public volumes: keel.execd.v1.IVolume[];
                public static create(properties?: keel.execd.v1.IListVolumesResponse): keel.execd.v1.ListVolumesResponse;
                public static encode(m: keel.execd.v1.IListVolumesResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.ListVolumesResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.ListVolumesResponse;
                public static toObject(m: keel.execd.v1.ListVolumesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectVolumeRequest {
                name?: (string|null);
            }

            class InspectVolumeRequest implements IInspectVolumeRequest {
                constructor(p?: keel.execd.v1.IInspectVolumeRequest);
                public name: string;
                public static create(properties?: keel.execd.v1.IInspectVolumeRequest): keel.execd.v1.InspectVolumeRequest;
                public static encode(m: keel.execd.v1.IInspectVolumeRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.InspectVolumeRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.InspectVolumeRequest;
                public static toObject(m: keel.execd.v1.InspectVolumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IInspectVolumeResponse {
                volume?: (keel.execd.v1.IVolume|null);
            }

            class InspectVolumeResponse implements IInspectVolumeResponse {
                constructor(p?: keel.execd.v1.IInspectVolumeResponse);
                public volume?: (keel.execd.v1.IVolume|null);
                public static create(properties?: keel.execd.v1.IInspectVolumeResponse): keel.execd.v1.InspectVolumeResponse;
                public static encode(m: keel.execd.v1.IInspectVolumeResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.InspectVolumeResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.InspectVolumeResponse;
                public static toObject(m: keel.execd.v1.InspectVolumeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveVolumeRequest {
                name?: (string|null);
                force?: (boolean|null);
            }

            class RemoveVolumeRequest implements IRemoveVolumeRequest {
                constructor(p?: keel.execd.v1.IRemoveVolumeRequest);
                public name: string;
                public force: boolean;
                public static create(properties?: keel.execd.v1.IRemoveVolumeRequest): keel.execd.v1.RemoveVolumeRequest;
                public static encode(m: keel.execd.v1.IRemoveVolumeRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.RemoveVolumeRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.RemoveVolumeRequest;
                public static toObject(m: keel.execd.v1.RemoveVolumeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRemoveVolumeResponse {
            }

            class RemoveVolumeResponse implements IRemoveVolumeResponse {
                constructor(p?: keel.execd.v1.IRemoveVolumeResponse);
                public static create(properties?: keel.execd.v1.IRemoveVolumeResponse): keel.execd.v1.RemoveVolumeResponse;
                public static encode(m: keel.execd.v1.IRemoveVolumeResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.RemoveVolumeResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.RemoveVolumeResponse;
                public static toObject(m: keel.execd.v1.RemoveVolumeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPruneVolumesRequest {
                filters?: (string[]|null);
            }

            class PruneVolumesRequest implements IPruneVolumesRequest {
                constructor(p?: keel.execd.v1.IPruneVolumesRequest);
                public filters: string[];
                public static create(properties?: keel.execd.v1.IPruneVolumesRequest): keel.execd.v1.PruneVolumesRequest;
                public static encode(m: keel.execd.v1.IPruneVolumesRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.PruneVolumesRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.PruneVolumesRequest;
                public static toObject(m: keel.execd.v1.PruneVolumesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPruneVolumesResponse {
                volumesDeleted?: (string[]|null);
                spaceReclaimed?: (number|null);
            }

            class PruneVolumesResponse implements IPruneVolumesResponse {
                constructor(p?: keel.execd.v1.IPruneVolumesResponse);
                public volumesDeleted: string[];
                public spaceReclaimed: number;
                public static create(properties?: keel.execd.v1.IPruneVolumesResponse): keel.execd.v1.PruneVolumesResponse;
                public static encode(m: keel.execd.v1.IPruneVolumesResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.execd.v1.PruneVolumesResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.execd.v1.PruneVolumesResponse;
                public static toObject(m: keel.execd.v1.PruneVolumesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace events {

        namespace v1 {

            interface IEnvelope {
                timestampMs?: (number|null);
                topic?: (string|null);
                typeUrl?: (string|null);
                payload?: (Uint8Array|null);
                traceId?: (string|null);
            }

            class Envelope implements IEnvelope {
                constructor(p?: keel.events.v1.IEnvelope);
                public timestampMs: number;
                public topic: string;
                public typeUrl: string;
                public payload: Uint8Array;
                public traceId: string;
                public static create(properties?: keel.events.v1.IEnvelope): keel.events.v1.Envelope;
                public static encode(m: keel.events.v1.IEnvelope, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.events.v1.Envelope;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.events.v1.Envelope;
                public static toObject(m: keel.events.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceStarted {
                service?: (string|null);
                pid?: (number|null);
                restarts?: (number|null);
            }

            class ServiceStarted implements IServiceStarted {
                constructor(p?: keel.events.v1.IServiceStarted);
                public service: string;
                public pid: number;
                public restarts: number;
                public static create(properties?: keel.events.v1.IServiceStarted): keel.events.v1.ServiceStarted;
                public static encode(m: keel.events.v1.IServiceStarted, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.events.v1.ServiceStarted;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.events.v1.ServiceStarted;
                public static toObject(m: keel.events.v1.ServiceStarted, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceExited {
                service?: (string|null);
                pid?: (number|null);
                exitCode?: (number|null);
                signal?: (string|null);
            }

            class ServiceExited implements IServiceExited {
                constructor(p?: keel.events.v1.IServiceExited);
                public service: string;
                public pid: number;
                public exitCode: number;
                public signal: string;
                public static create(properties?: keel.events.v1.IServiceExited): keel.events.v1.ServiceExited;
                public static encode(m: keel.events.v1.IServiceExited, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.events.v1.ServiceExited;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.events.v1.ServiceExited;
                public static toObject(m: keel.events.v1.ServiceExited, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceFailed {
                service?: (string|null);
                reason?: (string|null);
            }

            class ServiceFailed implements IServiceFailed {
                constructor(p?: keel.events.v1.IServiceFailed);
                public service: string;
                public reason: string;
                public static create(properties?: keel.events.v1.IServiceFailed): keel.events.v1.ServiceFailed;
                public static encode(m: keel.events.v1.IServiceFailed, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.events.v1.ServiceFailed;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.events.v1.ServiceFailed;
                public static toObject(m: keel.events.v1.ServiceFailed, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace keeld {

        namespace v1 {

            interface IListServicesRequest {
            }

            class ListServicesRequest implements IListServicesRequest {
                constructor(p?: keel.keeld.v1.IListServicesRequest);
                public static create(properties?: keel.keeld.v1.IListServicesRequest): keel.keeld.v1.ListServicesRequest;
                public static encode(m: keel.keeld.v1.IListServicesRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.ListServicesRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.ListServicesRequest;
                public static toObject(m: keel.keeld.v1.ListServicesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceStatus {
                name?: (string|null);
                pid?: (number|null);
                state?: (string|null);
                restarts?: (number|null);
                startedMs?: (number|null);
                lastExit?: (string|null);
            }

            class ServiceStatus implements IServiceStatus {
                constructor(p?: keel.keeld.v1.IServiceStatus);
                public name: string;
                public pid: number;
                public state: string;
                public restarts: number;
                public startedMs: number;
                public lastExit: string;
                public static create(properties?: keel.keeld.v1.IServiceStatus): keel.keeld.v1.ServiceStatus;
                public static encode(m: keel.keeld.v1.IServiceStatus, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.ServiceStatus;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.ServiceStatus;
                public static toObject(m: keel.keeld.v1.ServiceStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IListServicesResponse {
                services?: (keel.keeld.v1.IServiceStatus[]|null);
            }

            class ListServicesResponse implements IListServicesResponse {
                constructor(p?: keel.keeld.v1.IListServicesResponse);
                public services: keel.keeld.v1.IServiceStatus[];
                public static create(properties?: keel.keeld.v1.IListServicesResponse): keel.keeld.v1.ListServicesResponse;
                public static encode(m: keel.keeld.v1.IListServicesResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.ListServicesResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.ListServicesResponse;
                public static toObject(m: keel.keeld.v1.ListServicesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRestartServiceRequest {
                name?: (string|null);
                timeoutS?: (number|null);
            }

            class RestartServiceRequest implements IRestartServiceRequest {
                constructor(p?: keel.keeld.v1.IRestartServiceRequest);
                public name: string;
                public timeoutS: number;
                public static create(properties?: keel.keeld.v1.IRestartServiceRequest): keel.keeld.v1.RestartServiceRequest;
                public static encode(m: keel.keeld.v1.IRestartServiceRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.RestartServiceRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.RestartServiceRequest;
                public static toObject(m: keel.keeld.v1.RestartServiceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IRestartServiceResponse {
                service?: (keel.keeld.v1.IServiceStatus|null);
            }

            class RestartServiceResponse implements IRestartServiceResponse {
                constructor(p?: keel.keeld.v1.IRestartServiceResponse);
                public service?: (keel.keeld.v1.IServiceStatus|null);
                public static create(properties?: keel.keeld.v1.IRestartServiceResponse): keel.keeld.v1.RestartServiceResponse;
                public static encode(m: keel.keeld.v1.IRestartServiceResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.RestartServiceResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.RestartServiceResponse;
                public static toObject(m: keel.keeld.v1.RestartServiceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBusStatsRequest {
                service?: (string|null);
            }

            class BusStatsRequest implements IBusStatsRequest {
                constructor(p?: keel.keeld.v1.IBusStatsRequest);
                public service: string;
                public static create(properties?: keel.keeld.v1.IBusStatsRequest): keel.keeld.v1.BusStatsRequest;
                public static encode(m: keel.keeld.v1.IBusStatsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.BusStatsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.BusStatsRequest;
                public static toObject(m: keel.keeld.v1.BusStatsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IBusStatsResponse {
                services?: (keel.kit.v1.IMetricsResponse[]|null);
            }

            class BusStatsResponse implements IBusStatsResponse {
                constructor(p?: keel.keeld.v1.IBusStatsResponse);
                public services: keel.kit.v1.IMetricsResponse[];
                public static create(properties?: keel.keeld.v1.IBusStatsResponse): keel.keeld.v1.BusStatsResponse;
                public static encode(m: keel.keeld.v1.IBusStatsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.keeld.v1.BusStatsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.keeld.v1.BusStatsResponse;
                public static toObject(m: keel.keeld.v1.BusStatsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    namespace kit {

        namespace v1 {

            interface IPingRequest {
            }

            class PingRequest implements IPingRequest {
                constructor(p?: keel.kit.v1.IPingRequest);
                public static create(properties?: keel.kit.v1.IPingRequest): keel.kit.v1.PingRequest;
                public static encode(m: keel.kit.v1.IPingRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.PingRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.PingRequest;
                public static toObject(m: keel.kit.v1.PingRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IPingResponse {
                service?: (string|null);
                pid?: (number|null);
            }

            class PingResponse implements IPingResponse {
                constructor(p?: keel.kit.v1.IPingResponse);
                public service: string;
                public pid: number;
                public static create(properties?: keel.kit.v1.IPingResponse): keel.kit.v1.PingResponse;
                public static encode(m: keel.kit.v1.IPingResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.PingResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.PingResponse;
                public static toObject(m: keel.kit.v1.PingResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceInfoRequest {
            }

            class ServiceInfoRequest implements IServiceInfoRequest {
                constructor(p?: keel.kit.v1.IServiceInfoRequest);
                public static create(properties?: keel.kit.v1.IServiceInfoRequest): keel.kit.v1.ServiceInfoRequest;
                public static encode(m: keel.kit.v1.IServiceInfoRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.ServiceInfoRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.ServiceInfoRequest;
                public static toObject(m: keel.kit.v1.ServiceInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IFact {
                key?: (string|null);
                value?: (string|null);
            }

            class Fact implements IFact {
                constructor(p?: keel.kit.v1.IFact);
                public key: string;
                public value: string;
                public static create(properties?: keel.kit.v1.IFact): keel.kit.v1.Fact;
                public static encode(m: keel.kit.v1.IFact, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.Fact;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.Fact;
                public static toObject(m: keel.kit.v1.Fact, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IDriverInfo {
                kind?: (string|null);
                id?: (string|null);
                isDefault?: (boolean|null);
                skipped?: (string|null);
            }

            class DriverInfo implements IDriverInfo {
                constructor(p?: keel.kit.v1.IDriverInfo);
                public kind: string;
                public id: string;
                public isDefault: boolean;
                public skipped: string;
                public static create(properties?: keel.kit.v1.IDriverInfo): keel.kit.v1.DriverInfo;
                public static encode(m: keel.kit.v1.IDriverInfo, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.DriverInfo;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.DriverInfo;
                public static toObject(m: keel.kit.v1.DriverInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IServiceInfoResponse {
                service?: (string|null);
                version?: (string|null);
                pid?: (number|null);
                startedMs?: (number|null);
                drivers?: (keel.kit.v1.IDriverInfo[]|null);
                facts?: (keel.kit.v1.IFact[]|null);
            }

            class ServiceInfoResponse implements IServiceInfoResponse {
                constructor(p?: keel.kit.v1.IServiceInfoResponse);
                public service: string;
                public version: string;
                public pid: number;
                public startedMs: number;
                public drivers: keel.kit.v1.IDriverInfo[];
                public facts: keel.kit.v1.IFact[];
                public static create(properties?: keel.kit.v1.IServiceInfoResponse): keel.kit.v1.ServiceInfoResponse;
                public static encode(m: keel.kit.v1.IServiceInfoResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.ServiceInfoResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.ServiceInfoResponse;
                public static toObject(m: keel.kit.v1.ServiceInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMetricsRequest {
            }

            class MetricsRequest implements IMetricsRequest {
                constructor(p?: keel.kit.v1.IMetricsRequest);
                public static create(properties?: keel.kit.v1.IMetricsRequest): keel.kit.v1.MetricsRequest;
                public static encode(m: keel.kit.v1.IMetricsRequest, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.MetricsRequest;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.MetricsRequest;
                public static toObject(m: keel.kit.v1.MetricsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IJobMetrics {
                job?: (string|null);
                count?: (number|null);
                errors?: (number|null);
                p50Ms?: (number|null);
                p99Ms?: (number|null);
                maxMs?: (number|null);
                inFlight?: (number|null);
            }

            class JobMetrics implements IJobMetrics {
                constructor(p?: keel.kit.v1.IJobMetrics);
                public job: string;
                public count: number;
                public errors: number;
                public p50Ms: number;
                public p99Ms: number;
                public maxMs: number;
                public inFlight: number;
                public static create(properties?: keel.kit.v1.IJobMetrics): keel.kit.v1.JobMetrics;
                public static encode(m: keel.kit.v1.IJobMetrics, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.JobMetrics;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.JobMetrics;
                public static toObject(m: keel.kit.v1.JobMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IMetricsResponse {
                service?: (string|null);
                jobs?: (keel.kit.v1.IJobMetrics[]|null);
            }

            class MetricsResponse implements IMetricsResponse {
                constructor(p?: keel.kit.v1.IMetricsResponse);
                public service: string;
                public jobs: keel.kit.v1.IJobMetrics[];
                public static create(properties?: keel.kit.v1.IMetricsResponse): keel.kit.v1.MetricsResponse;
                public static encode(m: keel.kit.v1.IMetricsResponse, w?: $protobuf.Writer): $protobuf.Writer;
                public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.kit.v1.MetricsResponse;
                public static verify(m: { [k: string]: any }): (string|null);
                public static fromObject(d: { [k: string]: any }): keel.kit.v1.MetricsResponse;
                public static toObject(m: keel.kit.v1.MetricsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
