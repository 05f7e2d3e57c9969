import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace keel {

    namespace common {

        namespace v1 {

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
