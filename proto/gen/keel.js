/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.keel = (function() {

    /**
     * Namespace keel.
     * @exports keel
     * @namespace
     */
    var keel = {};

    keel.common = (function() {

        /**
         * Namespace common.
         * @memberof keel
         * @namespace
         */
        var common = {};

        common.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keel.common
             * @namespace
             */
            var v1 = {};

            v1.Job = (function() {

                /**
                 * Properties of a Job.
                 * @memberof keel.common.v1
                 * @interface IJob
                 * @property {string|null} [id] Job id
                 * @property {string|null} [name] Job name
                 * @property {string|null} [argsType] Job argsType
                 * @property {Uint8Array|null} [args] Job args
                 * @property {Object.<string,string>|null} [env] Job env
                 * @property {number|null} [deadlineMs] Job deadlineMs
                 * @property {string|null} [traceId] Job traceId
                 * @property {string|null} [origin] Job origin
                 */

                /**
                 * Constructs a new Job.
                 * @memberof keel.common.v1
                 * @classdesc Represents a Job.
                 * @implements IJob
                 * @constructor
                 * @param {keel.common.v1.IJob=} [p] Properties to set
                 */
                function Job(p) {
                    this.env = {};
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Job id.
                 * @member {string} id
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.id = "";

                /**
                 * Job name.
                 * @member {string} name
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.name = "";

                /**
                 * Job argsType.
                 * @member {string} argsType
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.argsType = "";

                /**
                 * Job args.
                 * @member {Uint8Array} args
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.args = $util.newBuffer([]);

                /**
                 * Job env.
                 * @member {Object.<string,string>} env
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.env = $util.emptyObject;

                /**
                 * Job deadlineMs.
                 * @member {number} deadlineMs
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Job traceId.
                 * @member {string} traceId
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.traceId = "";

                /**
                 * Job origin.
                 * @member {string} origin
                 * @memberof keel.common.v1.Job
                 * @instance
                 */
                Job.prototype.origin = "";

                /**
                 * Creates a new Job instance using the specified properties.
                 * @function create
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {keel.common.v1.IJob=} [properties] Properties to set
                 * @returns {keel.common.v1.Job} Job instance
                 */
                Job.create = function create(properties) {
                    return new Job(properties);
                };

                /**
                 * Encodes the specified Job message. Does not implicitly {@link keel.common.v1.Job.verify|verify} messages.
                 * @function encode
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {keel.common.v1.IJob} m Job message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Job.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                        w.uint32(10).string(m.id);
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(18).string(m.name);
                    if (m.argsType != null && Object.hasOwnProperty.call(m, "argsType"))
                        w.uint32(26).string(m.argsType);
                    if (m.args != null && Object.hasOwnProperty.call(m, "args"))
                        w.uint32(34).bytes(m.args);
                    if (m.env != null && Object.hasOwnProperty.call(m, "env")) {
                        for (var ks = Object.keys(m.env), i = 0; i < ks.length; ++i) {
                            w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.env[ks[i]]).ldelim();
                        }
                    }
                    if (m.deadlineMs != null && Object.hasOwnProperty.call(m, "deadlineMs"))
                        w.uint32(48).int64(m.deadlineMs);
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId"))
                        w.uint32(58).string(m.traceId);
                    if (m.origin != null && Object.hasOwnProperty.call(m, "origin"))
                        w.uint32(66).string(m.origin);
                    return w;
                };

                /**
                 * Decodes a Job message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.common.v1.Job} Job
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Job.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m, k, value;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.common.v1.Job();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.id = r.string();
                                break;
                            }
                        case 2: {
                                m.name = r.string();
                                break;
                            }
                        case 3: {
                                m.argsType = r.string();
                                break;
                            }
                        case 4: {
                                m.args = r.bytes();
                                break;
                            }
                        case 5: {
                                if (m.env === $util.emptyObject)
                                    m.env = {};
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                k = "";
                                value = "";
                                while (r.pos < c2) {
                                    var tag2 = r.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        k = r.string();
                                        break;
                                    case 2:
                                        value = r.string();
                                        break;
                                    default:
                                        r.skipType(tag2 & 7, n);
                                        break;
                                    }
                                }
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                                if (k === "__proto__")
                                    $util.makeProp(m.env, k);
                                m.env[k] = value;
                                break;
                            }
                        case 6: {
                                m.deadlineMs = r.int64();
                                break;
                            }
                        case 7: {
                                m.traceId = r.string();
                                break;
                            }
                        case 8: {
                                m.origin = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a Job message.
                 * @function verify
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Job.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.argsType != null && Object.hasOwnProperty.call(m, "argsType")) {
                        if (!$util.isString(m.argsType))
                            return "argsType: string expected";
                    }
                    if (m.args != null && Object.hasOwnProperty.call(m, "args")) {
                        if (!(m.args && typeof m.args.length === "number" || $util.isString(m.args)))
                            return "args: buffer expected";
                    }
                    if (m.env != null && Object.hasOwnProperty.call(m, "env")) {
                        if (!$util.isObject(m.env))
                            return "env: object expected";
                        var k = Object.keys(m.env);
                        for (var i = 0; i < k.length; ++i) {
                            if (!$util.isString(m.env[k[i]]))
                                return "env: string{k:string} expected";
                        }
                    }
                    if (m.deadlineMs != null && Object.hasOwnProperty.call(m, "deadlineMs")) {
                        if (!$util.isInteger(m.deadlineMs) && !(m.deadlineMs && $util.isInteger(m.deadlineMs.low) && $util.isInteger(m.deadlineMs.high)))
                            return "deadlineMs: integer|Long expected";
                    }
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId")) {
                        if (!$util.isString(m.traceId))
                            return "traceId: string expected";
                    }
                    if (m.origin != null && Object.hasOwnProperty.call(m, "origin")) {
                        if (!$util.isString(m.origin))
                            return "origin: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Job message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.common.v1.Job} Job
                 */
                Job.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.common.v1.Job)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.common.v1.Job: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.common.v1.Job();
                    if (d.id != null) {
                        m.id = String(d.id);
                    }
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.argsType != null) {
                        m.argsType = String(d.argsType);
                    }
                    if (d.args != null) {
                        if (typeof d.args === "string")
                            $util.base64.decode(d.args, m.args = $util.newBuffer($util.base64.length(d.args)), 0);
                        else if (d.args.length >= 0)
                            m.args = d.args;
                    }
                    if (d.env) {
                        if (!$util.isObject(d.env))
                            throw TypeError(".keel.common.v1.Job.env: object expected");
                        m.env = {};
                        for (var ks = Object.keys(d.env), i = 0; i < ks.length; ++i) {
                            if (ks[i] === "__proto__")
                                $util.makeProp(m.env, ks[i]);
                            m.env[ks[i]] = String(d.env[ks[i]]);
                        }
                    }
                    if (d.deadlineMs != null) {
                        if ($util.Long)
                            m.deadlineMs = $util.Long.fromValue(d.deadlineMs, false);
                        else if (typeof d.deadlineMs === "string")
                            m.deadlineMs = parseInt(d.deadlineMs, 10);
                        else if (typeof d.deadlineMs === "number")
                            m.deadlineMs = d.deadlineMs;
                        else if (typeof d.deadlineMs === "object")
                            m.deadlineMs = new $util.LongBits(d.deadlineMs.low >>> 0, d.deadlineMs.high >>> 0).toNumber();
                    }
                    if (d.traceId != null) {
                        m.traceId = String(d.traceId);
                    }
                    if (d.origin != null) {
                        m.origin = String(d.origin);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Job message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {keel.common.v1.Job} m Job
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Job.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.objects || o.defaults) {
                        d.env = {};
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.name = "";
                        d.argsType = "";
                        if (o.bytes === String)
                            d.args = "";
                        else {
                            d.args = [];
                            if (o.bytes !== Array)
                                d.args = $util.newBuffer(d.args);
                        }
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.deadlineMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.deadlineMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.traceId = "";
                        d.origin = "";
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.argsType != null && Object.hasOwnProperty.call(m, "argsType")) {
                        d.argsType = m.argsType;
                    }
                    if (m.args != null && Object.hasOwnProperty.call(m, "args")) {
                        d.args = o.bytes === String ? $util.base64.encode(m.args, 0, m.args.length) : o.bytes === Array ? Array.prototype.slice.call(m.args) : m.args;
                    }
                    var ks2;
                    if (m.env && (ks2 = Object.keys(m.env)).length) {
                        d.env = {};
                        for (var j = 0; j < ks2.length; ++j) {
                            if (ks2[j] === "__proto__")
                                $util.makeProp(d.env, ks2[j]);
                            d.env[ks2[j]] = m.env[ks2[j]];
                        }
                    }
                    if (m.deadlineMs != null && Object.hasOwnProperty.call(m, "deadlineMs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.deadlineMs = typeof m.deadlineMs === "number" ? BigInt(m.deadlineMs) : $util.Long.fromBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0, false).toBigInt();
                        else if (typeof m.deadlineMs === "number")
                            d.deadlineMs = o.longs === String ? String(m.deadlineMs) : m.deadlineMs;
                        else
                            d.deadlineMs = o.longs === String ? $util.Long.prototype.toString.call(m.deadlineMs) : o.longs === Number ? new $util.LongBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0).toNumber() : m.deadlineMs;
                    }
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId")) {
                        d.traceId = m.traceId;
                    }
                    if (m.origin != null && Object.hasOwnProperty.call(m, "origin")) {
                        d.origin = m.origin;
                    }
                    return d;
                };

                /**
                 * Converts this Job to JSON.
                 * @function toJSON
                 * @memberof keel.common.v1.Job
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Job.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Job
                 * @function getTypeUrl
                 * @memberof keel.common.v1.Job
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Job.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.common.v1.Job";
                };

                return Job;
            })();

            v1.JobResult = (function() {

                /**
                 * Properties of a JobResult.
                 * @memberof keel.common.v1
                 * @interface IJobResult
                 * @property {string|null} [jobId] JobResult jobId
                 * @property {number|null} [exitStatus] JobResult exitStatus
                 * @property {string|null} [payloadType] JobResult payloadType
                 * @property {Uint8Array|null} [payload] JobResult payload
                 * @property {keel.common.v1.IStatus|null} [error] JobResult error
                 * @property {number|null} [durationUs] JobResult durationUs
                 * @property {string|null} [service] JobResult service
                 */

                /**
                 * Constructs a new JobResult.
                 * @memberof keel.common.v1
                 * @classdesc Represents a JobResult.
                 * @implements IJobResult
                 * @constructor
                 * @param {keel.common.v1.IJobResult=} [p] Properties to set
                 */
                function JobResult(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * JobResult jobId.
                 * @member {string} jobId
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.jobId = "";

                /**
                 * JobResult exitStatus.
                 * @member {number} exitStatus
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.exitStatus = 0;

                /**
                 * JobResult payloadType.
                 * @member {string} payloadType
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.payloadType = "";

                /**
                 * JobResult payload.
                 * @member {Uint8Array} payload
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.payload = $util.newBuffer([]);

                /**
                 * JobResult error.
                 * @member {keel.common.v1.IStatus|null|undefined} error
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.error = null;

                /**
                 * JobResult durationUs.
                 * @member {number} durationUs
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.durationUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * JobResult service.
                 * @member {string} service
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 */
                JobResult.prototype.service = "";

                /**
                 * Creates a new JobResult instance using the specified properties.
                 * @function create
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {keel.common.v1.IJobResult=} [properties] Properties to set
                 * @returns {keel.common.v1.JobResult} JobResult instance
                 */
                JobResult.create = function create(properties) {
                    return new JobResult(properties);
                };

                /**
                 * Encodes the specified JobResult message. Does not implicitly {@link keel.common.v1.JobResult.verify|verify} messages.
                 * @function encode
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {keel.common.v1.IJobResult} m JobResult message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JobResult.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId"))
                        w.uint32(10).string(m.jobId);
                    if (m.exitStatus != null && Object.hasOwnProperty.call(m, "exitStatus"))
                        w.uint32(16).int32(m.exitStatus);
                    if (m.payloadType != null && Object.hasOwnProperty.call(m, "payloadType"))
                        w.uint32(26).string(m.payloadType);
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload"))
                        w.uint32(34).bytes(m.payload);
                    if (m.error != null && Object.hasOwnProperty.call(m, "error"))
                        $root.keel.common.v1.Status.encode(m.error, w.uint32(42).fork(), q + 1).ldelim();
                    if (m.durationUs != null && Object.hasOwnProperty.call(m, "durationUs"))
                        w.uint32(48).int64(m.durationUs);
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(58).string(m.service);
                    return w;
                };

                /**
                 * Decodes a JobResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.common.v1.JobResult} JobResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JobResult.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.common.v1.JobResult();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.jobId = r.string();
                                break;
                            }
                        case 2: {
                                m.exitStatus = r.int32();
                                break;
                            }
                        case 3: {
                                m.payloadType = r.string();
                                break;
                            }
                        case 4: {
                                m.payload = r.bytes();
                                break;
                            }
                        case 5: {
                                m.error = $root.keel.common.v1.Status.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        case 6: {
                                m.durationUs = r.int64();
                                break;
                            }
                        case 7: {
                                m.service = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a JobResult message.
                 * @function verify
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JobResult.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId")) {
                        if (!$util.isString(m.jobId))
                            return "jobId: string expected";
                    }
                    if (m.exitStatus != null && Object.hasOwnProperty.call(m, "exitStatus")) {
                        if (!$util.isInteger(m.exitStatus))
                            return "exitStatus: integer expected";
                    }
                    if (m.payloadType != null && Object.hasOwnProperty.call(m, "payloadType")) {
                        if (!$util.isString(m.payloadType))
                            return "payloadType: string expected";
                    }
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload")) {
                        if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                            return "payload: buffer expected";
                    }
                    if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                        {
                            var e = $root.keel.common.v1.Status.verify(m.error, n + 1);
                            if (e)
                                return "error." + e;
                        }
                    }
                    if (m.durationUs != null && Object.hasOwnProperty.call(m, "durationUs")) {
                        if (!$util.isInteger(m.durationUs) && !(m.durationUs && $util.isInteger(m.durationUs.low) && $util.isInteger(m.durationUs.high)))
                            return "durationUs: integer|Long expected";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a JobResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.common.v1.JobResult} JobResult
                 */
                JobResult.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.common.v1.JobResult)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.common.v1.JobResult: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.common.v1.JobResult();
                    if (d.jobId != null) {
                        m.jobId = String(d.jobId);
                    }
                    if (d.exitStatus != null) {
                        m.exitStatus = d.exitStatus | 0;
                    }
                    if (d.payloadType != null) {
                        m.payloadType = String(d.payloadType);
                    }
                    if (d.payload != null) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                    if (d.error != null) {
                        if (!$util.isObject(d.error))
                            throw TypeError(".keel.common.v1.JobResult.error: object expected");
                        m.error = $root.keel.common.v1.Status.fromObject(d.error, n + 1);
                    }
                    if (d.durationUs != null) {
                        if ($util.Long)
                            m.durationUs = $util.Long.fromValue(d.durationUs, false);
                        else if (typeof d.durationUs === "string")
                            m.durationUs = parseInt(d.durationUs, 10);
                        else if (typeof d.durationUs === "number")
                            m.durationUs = d.durationUs;
                        else if (typeof d.durationUs === "object")
                            m.durationUs = new $util.LongBits(d.durationUs.low >>> 0, d.durationUs.high >>> 0).toNumber();
                    }
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JobResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {keel.common.v1.JobResult} m JobResult
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JobResult.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.jobId = "";
                        d.exitStatus = 0;
                        d.payloadType = "";
                        if (o.bytes === String)
                            d.payload = "";
                        else {
                            d.payload = [];
                            if (o.bytes !== Array)
                                d.payload = $util.newBuffer(d.payload);
                        }
                        d.error = null;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.durationUs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.durationUs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.service = "";
                    }
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId")) {
                        d.jobId = m.jobId;
                    }
                    if (m.exitStatus != null && Object.hasOwnProperty.call(m, "exitStatus")) {
                        d.exitStatus = m.exitStatus;
                    }
                    if (m.payloadType != null && Object.hasOwnProperty.call(m, "payloadType")) {
                        d.payloadType = m.payloadType;
                    }
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload")) {
                        d.payload = o.bytes === String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === Array ? Array.prototype.slice.call(m.payload) : m.payload;
                    }
                    if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                        d.error = $root.keel.common.v1.Status.toObject(m.error, o, q + 1);
                    }
                    if (m.durationUs != null && Object.hasOwnProperty.call(m, "durationUs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.durationUs = typeof m.durationUs === "number" ? BigInt(m.durationUs) : $util.Long.fromBits(m.durationUs.low >>> 0, m.durationUs.high >>> 0, false).toBigInt();
                        else if (typeof m.durationUs === "number")
                            d.durationUs = o.longs === String ? String(m.durationUs) : m.durationUs;
                        else
                            d.durationUs = o.longs === String ? $util.Long.prototype.toString.call(m.durationUs) : o.longs === Number ? new $util.LongBits(m.durationUs.low >>> 0, m.durationUs.high >>> 0).toNumber() : m.durationUs;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    return d;
                };

                /**
                 * Converts this JobResult to JSON.
                 * @function toJSON
                 * @memberof keel.common.v1.JobResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JobResult.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for JobResult
                 * @function getTypeUrl
                 * @memberof keel.common.v1.JobResult
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                JobResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.common.v1.JobResult";
                };

                return JobResult;
            })();

            v1.JobCancel = (function() {

                /**
                 * Properties of a JobCancel.
                 * @memberof keel.common.v1
                 * @interface IJobCancel
                 * @property {string|null} [jobId] JobCancel jobId
                 * @property {string|null} [reason] JobCancel reason
                 */

                /**
                 * Constructs a new JobCancel.
                 * @memberof keel.common.v1
                 * @classdesc Represents a JobCancel.
                 * @implements IJobCancel
                 * @constructor
                 * @param {keel.common.v1.IJobCancel=} [p] Properties to set
                 */
                function JobCancel(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * JobCancel jobId.
                 * @member {string} jobId
                 * @memberof keel.common.v1.JobCancel
                 * @instance
                 */
                JobCancel.prototype.jobId = "";

                /**
                 * JobCancel reason.
                 * @member {string} reason
                 * @memberof keel.common.v1.JobCancel
                 * @instance
                 */
                JobCancel.prototype.reason = "";

                /**
                 * Creates a new JobCancel instance using the specified properties.
                 * @function create
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {keel.common.v1.IJobCancel=} [properties] Properties to set
                 * @returns {keel.common.v1.JobCancel} JobCancel instance
                 */
                JobCancel.create = function create(properties) {
                    return new JobCancel(properties);
                };

                /**
                 * Encodes the specified JobCancel message. Does not implicitly {@link keel.common.v1.JobCancel.verify|verify} messages.
                 * @function encode
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {keel.common.v1.IJobCancel} m JobCancel message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JobCancel.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId"))
                        w.uint32(10).string(m.jobId);
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason"))
                        w.uint32(18).string(m.reason);
                    return w;
                };

                /**
                 * Decodes a JobCancel message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.common.v1.JobCancel} JobCancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JobCancel.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.common.v1.JobCancel();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.jobId = r.string();
                                break;
                            }
                        case 2: {
                                m.reason = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a JobCancel message.
                 * @function verify
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JobCancel.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId")) {
                        if (!$util.isString(m.jobId))
                            return "jobId: string expected";
                    }
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a JobCancel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.common.v1.JobCancel} JobCancel
                 */
                JobCancel.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.common.v1.JobCancel)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.common.v1.JobCancel: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.common.v1.JobCancel();
                    if (d.jobId != null) {
                        m.jobId = String(d.jobId);
                    }
                    if (d.reason != null) {
                        m.reason = String(d.reason);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JobCancel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {keel.common.v1.JobCancel} m JobCancel
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JobCancel.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.jobId = "";
                        d.reason = "";
                    }
                    if (m.jobId != null && Object.hasOwnProperty.call(m, "jobId")) {
                        d.jobId = m.jobId;
                    }
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    return d;
                };

                /**
                 * Converts this JobCancel to JSON.
                 * @function toJSON
                 * @memberof keel.common.v1.JobCancel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JobCancel.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for JobCancel
                 * @function getTypeUrl
                 * @memberof keel.common.v1.JobCancel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                JobCancel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.common.v1.JobCancel";
                };

                return JobCancel;
            })();

            /**
             * Code enum.
             * @name keel.common.v1.Code
             * @enum {number}
             * @property {number} OK=0 OK value
             * @property {number} NOT_FOUND=1 NOT_FOUND value
             * @property {number} ALREADY_EXISTS=2 ALREADY_EXISTS value
             * @property {number} INVALID_ARGUMENT=3 INVALID_ARGUMENT value
             * @property {number} FAILED_PRECONDITION=4 FAILED_PRECONDITION value
             * @property {number} CONFLICT=5 CONFLICT value
             * @property {number} PERMISSION_DENIED=6 PERMISSION_DENIED value
             * @property {number} RESOURCE_EXHAUSTED=7 RESOURCE_EXHAUSTED value
             * @property {number} UNAVAILABLE=8 UNAVAILABLE value
             * @property {number} DEADLINE_EXCEEDED=9 DEADLINE_EXCEEDED value
             * @property {number} NOT_IMPLEMENTED=10 NOT_IMPLEMENTED value
             * @property {number} INTERNAL=11 INTERNAL value
             * @property {number} CANCELLED=12 CANCELLED value
             */
            v1.Code = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "OK"] = 0;
                values[valuesById[1] = "NOT_FOUND"] = 1;
                values[valuesById[2] = "ALREADY_EXISTS"] = 2;
                values[valuesById[3] = "INVALID_ARGUMENT"] = 3;
                values[valuesById[4] = "FAILED_PRECONDITION"] = 4;
                values[valuesById[5] = "CONFLICT"] = 5;
                values[valuesById[6] = "PERMISSION_DENIED"] = 6;
                values[valuesById[7] = "RESOURCE_EXHAUSTED"] = 7;
                values[valuesById[8] = "UNAVAILABLE"] = 8;
                values[valuesById[9] = "DEADLINE_EXCEEDED"] = 9;
                values[valuesById[10] = "NOT_IMPLEMENTED"] = 10;
                values[valuesById[11] = "INTERNAL"] = 11;
                values[valuesById[12] = "CANCELLED"] = 12;
                return values;
            })();

            v1.Status = (function() {

                /**
                 * Properties of a Status.
                 * @memberof keel.common.v1
                 * @interface IStatus
                 * @property {keel.common.v1.Code|null} [code] Status code
                 * @property {string|null} [message] Status message
                 * @property {string|null} [detail] Status detail
                 * @property {boolean|null} [retryable] Status retryable
                 * @property {string|null} [service] Status service
                 * @property {Array.<string>|null} [causes] Status causes
                 */

                /**
                 * Constructs a new Status.
                 * @memberof keel.common.v1
                 * @classdesc Represents a Status.
                 * @implements IStatus
                 * @constructor
                 * @param {keel.common.v1.IStatus=} [p] Properties to set
                 */
                function Status(p) {
                    this.causes = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Status code.
                 * @member {keel.common.v1.Code} code
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.code = 0;

                /**
                 * Status message.
                 * @member {string} message
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.message = "";

                /**
                 * Status detail.
                 * @member {string} detail
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.detail = "";

                /**
                 * Status retryable.
                 * @member {boolean} retryable
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.retryable = false;

                /**
                 * Status service.
                 * @member {string} service
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.service = "";

                /**
                 * Status causes.
                 * @member {Array.<string>} causes
                 * @memberof keel.common.v1.Status
                 * @instance
                 */
                Status.prototype.causes = $util.emptyArray;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @function create
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {keel.common.v1.IStatus=} [properties] Properties to set
                 * @returns {keel.common.v1.Status} Status instance
                 */
                Status.create = function create(properties) {
                    return new Status(properties);
                };

                /**
                 * Encodes the specified Status message. Does not implicitly {@link keel.common.v1.Status.verify|verify} messages.
                 * @function encode
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {keel.common.v1.IStatus} m Status message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Status.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.code != null && Object.hasOwnProperty.call(m, "code"))
                        w.uint32(8).int32(m.code);
                    if (m.message != null && Object.hasOwnProperty.call(m, "message"))
                        w.uint32(18).string(m.message);
                    if (m.detail != null && Object.hasOwnProperty.call(m, "detail"))
                        w.uint32(26).string(m.detail);
                    if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable"))
                        w.uint32(32).bool(m.retryable);
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(42).string(m.service);
                    if (m.causes != null && m.causes.length) {
                        for (var i = 0; i < m.causes.length; ++i)
                            w.uint32(50).string(m.causes[i]);
                    }
                    return w;
                };

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.common.v1.Status} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Status.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.common.v1.Status();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.code = r.int32();
                                break;
                            }
                        case 2: {
                                m.message = r.string();
                                break;
                            }
                        case 3: {
                                m.detail = r.string();
                                break;
                            }
                        case 4: {
                                m.retryable = r.bool();
                                break;
                            }
                        case 5: {
                                m.service = r.string();
                                break;
                            }
                        case 6: {
                                if (!(m.causes && m.causes.length))
                                    m.causes = [];
                                m.causes.push(r.string());
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a Status message.
                 * @function verify
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Status.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.code != null && Object.hasOwnProperty.call(m, "code")) {
                        switch (m.code) {
                        default:
                            return "code: enum value expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                        case 8:
                        case 9:
                        case 10:
                        case 11:
                        case 12:
                            break;
                        }
                    }
                    if (m.message != null && Object.hasOwnProperty.call(m, "message")) {
                        if (!$util.isString(m.message))
                            return "message: string expected";
                    }
                    if (m.detail != null && Object.hasOwnProperty.call(m, "detail")) {
                        if (!$util.isString(m.detail))
                            return "detail: string expected";
                    }
                    if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable")) {
                        if (typeof m.retryable !== "boolean")
                            return "retryable: boolean expected";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.causes != null && Object.hasOwnProperty.call(m, "causes")) {
                        if (!Array.isArray(m.causes))
                            return "causes: array expected";
                        for (var i = 0; i < m.causes.length; ++i) {
                            if (!$util.isString(m.causes[i]))
                                return "causes: string[] expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Status message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.common.v1.Status} Status
                 */
                Status.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.common.v1.Status)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.common.v1.Status: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.common.v1.Status();
                    switch (d.code) {
                    default:
                        if (typeof d.code === "number") {
                            m.code = d.code;
                            break;
                        }
                        break;
                    case "OK":
                    case 0:
                        m.code = 0;
                        break;
                    case "NOT_FOUND":
                    case 1:
                        m.code = 1;
                        break;
                    case "ALREADY_EXISTS":
                    case 2:
                        m.code = 2;
                        break;
                    case "INVALID_ARGUMENT":
                    case 3:
                        m.code = 3;
                        break;
                    case "FAILED_PRECONDITION":
                    case 4:
                        m.code = 4;
                        break;
                    case "CONFLICT":
                    case 5:
                        m.code = 5;
                        break;
                    case "PERMISSION_DENIED":
                    case 6:
                        m.code = 6;
                        break;
                    case "RESOURCE_EXHAUSTED":
                    case 7:
                        m.code = 7;
                        break;
                    case "UNAVAILABLE":
                    case 8:
                        m.code = 8;
                        break;
                    case "DEADLINE_EXCEEDED":
                    case 9:
                        m.code = 9;
                        break;
                    case "NOT_IMPLEMENTED":
                    case 10:
                        m.code = 10;
                        break;
                    case "INTERNAL":
                    case 11:
                        m.code = 11;
                        break;
                    case "CANCELLED":
                    case 12:
                        m.code = 12;
                        break;
                    }
                    if (d.message != null) {
                        m.message = String(d.message);
                    }
                    if (d.detail != null) {
                        m.detail = String(d.detail);
                    }
                    if (d.retryable != null) {
                        m.retryable = Boolean(d.retryable);
                    }
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.causes) {
                        if (!Array.isArray(d.causes))
                            throw TypeError(".keel.common.v1.Status.causes: array expected");
                        m.causes = [];
                        for (var i = 0; i < d.causes.length; ++i) {
                            m.causes[i] = String(d.causes[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Status message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {keel.common.v1.Status} m Status
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Status.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.causes = [];
                    }
                    if (o.defaults) {
                        d.code = o.enums === String ? "OK" : 0;
                        d.message = "";
                        d.detail = "";
                        d.retryable = false;
                        d.service = "";
                    }
                    if (m.code != null && Object.hasOwnProperty.call(m, "code")) {
                        d.code = o.enums === String ? $root.keel.common.v1.Code[m.code] === undefined ? m.code : $root.keel.common.v1.Code[m.code] : m.code;
                    }
                    if (m.message != null && Object.hasOwnProperty.call(m, "message")) {
                        d.message = m.message;
                    }
                    if (m.detail != null && Object.hasOwnProperty.call(m, "detail")) {
                        d.detail = m.detail;
                    }
                    if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable")) {
                        d.retryable = m.retryable;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.causes && m.causes.length) {
                        d.causes = [];
                        for (var j = 0; j < m.causes.length; ++j) {
                            d.causes[j] = m.causes[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Status to JSON.
                 * @function toJSON
                 * @memberof keel.common.v1.Status
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Status.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Status
                 * @function getTypeUrl
                 * @memberof keel.common.v1.Status
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.common.v1.Status";
                };

                return Status;
            })();

            return v1;
        })();

        return common;
    })();

    keel.engine = (function() {

        /**
         * Namespace engine.
         * @memberof keel
         * @namespace
         */
        var engine = {};

        engine.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keel.engine
             * @namespace
             */
            var v1 = {};

            v1.VersionRequest = (function() {

                /**
                 * Properties of a VersionRequest.
                 * @memberof keel.engine.v1
                 * @interface IVersionRequest
                 */

                /**
                 * Constructs a new VersionRequest.
                 * @memberof keel.engine.v1
                 * @classdesc Represents a VersionRequest.
                 * @implements IVersionRequest
                 * @constructor
                 * @param {keel.engine.v1.IVersionRequest=} [p] Properties to set
                 */
                function VersionRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new VersionRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {keel.engine.v1.IVersionRequest=} [properties] Properties to set
                 * @returns {keel.engine.v1.VersionRequest} VersionRequest instance
                 */
                VersionRequest.create = function create(properties) {
                    return new VersionRequest(properties);
                };

                /**
                 * Encodes the specified VersionRequest message. Does not implicitly {@link keel.engine.v1.VersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {keel.engine.v1.IVersionRequest} m VersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VersionRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a VersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.VersionRequest} VersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VersionRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.VersionRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a VersionRequest message.
                 * @function verify
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                VersionRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a VersionRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.VersionRequest} VersionRequest
                 */
                VersionRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.VersionRequest)
                        return d;
                    return new $root.keel.engine.v1.VersionRequest();
                };

                /**
                 * Creates a plain object from a VersionRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {keel.engine.v1.VersionRequest} m VersionRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                VersionRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this VersionRequest to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.VersionRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                VersionRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for VersionRequest
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.VersionRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                VersionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.VersionRequest";
                };

                return VersionRequest;
            })();

            v1.Component = (function() {

                /**
                 * Properties of a Component.
                 * @memberof keel.engine.v1
                 * @interface IComponent
                 * @property {string|null} [name] Component name
                 * @property {string|null} [version] Component version
                 * @property {Object.<string,string>|null} [details] Component details
                 */

                /**
                 * Constructs a new Component.
                 * @memberof keel.engine.v1
                 * @classdesc Represents a Component.
                 * @implements IComponent
                 * @constructor
                 * @param {keel.engine.v1.IComponent=} [p] Properties to set
                 */
                function Component(p) {
                    this.details = {};
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Component name.
                 * @member {string} name
                 * @memberof keel.engine.v1.Component
                 * @instance
                 */
                Component.prototype.name = "";

                /**
                 * Component version.
                 * @member {string} version
                 * @memberof keel.engine.v1.Component
                 * @instance
                 */
                Component.prototype.version = "";

                /**
                 * Component details.
                 * @member {Object.<string,string>} details
                 * @memberof keel.engine.v1.Component
                 * @instance
                 */
                Component.prototype.details = $util.emptyObject;

                /**
                 * Creates a new Component instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {keel.engine.v1.IComponent=} [properties] Properties to set
                 * @returns {keel.engine.v1.Component} Component instance
                 */
                Component.create = function create(properties) {
                    return new Component(properties);
                };

                /**
                 * Encodes the specified Component message. Does not implicitly {@link keel.engine.v1.Component.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {keel.engine.v1.IComponent} m Component message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Component.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                        w.uint32(18).string(m.version);
                    if (m.details != null && Object.hasOwnProperty.call(m, "details")) {
                        for (var ks = Object.keys(m.details), i = 0; i < ks.length; ++i) {
                            w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.details[ks[i]]).ldelim();
                        }
                    }
                    return w;
                };

                /**
                 * Decodes a Component message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.Component} Component
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Component.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m, k, value;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.Component();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.version = r.string();
                                break;
                            }
                        case 3: {
                                if (m.details === $util.emptyObject)
                                    m.details = {};
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                k = "";
                                value = "";
                                while (r.pos < c2) {
                                    var tag2 = r.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        k = r.string();
                                        break;
                                    case 2:
                                        value = r.string();
                                        break;
                                    default:
                                        r.skipType(tag2 & 7, n);
                                        break;
                                    }
                                }
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                                if (k === "__proto__")
                                    $util.makeProp(m.details, k);
                                m.details[k] = value;
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a Component message.
                 * @function verify
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Component.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.details != null && Object.hasOwnProperty.call(m, "details")) {
                        if (!$util.isObject(m.details))
                            return "details: object expected";
                        var k = Object.keys(m.details);
                        for (var i = 0; i < k.length; ++i) {
                            if (!$util.isString(m.details[k[i]]))
                                return "details: string{k:string} expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Component message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.Component} Component
                 */
                Component.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.Component)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.engine.v1.Component: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.engine.v1.Component();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.version != null) {
                        m.version = String(d.version);
                    }
                    if (d.details) {
                        if (!$util.isObject(d.details))
                            throw TypeError(".keel.engine.v1.Component.details: object expected");
                        m.details = {};
                        for (var ks = Object.keys(d.details), i = 0; i < ks.length; ++i) {
                            if (ks[i] === "__proto__")
                                $util.makeProp(m.details, ks[i]);
                            m.details[ks[i]] = String(d.details[ks[i]]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Component message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {keel.engine.v1.Component} m Component
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Component.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.objects || o.defaults) {
                        d.details = {};
                    }
                    if (o.defaults) {
                        d.name = "";
                        d.version = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    var ks2;
                    if (m.details && (ks2 = Object.keys(m.details)).length) {
                        d.details = {};
                        for (var j = 0; j < ks2.length; ++j) {
                            if (ks2[j] === "__proto__")
                                $util.makeProp(d.details, ks2[j]);
                            d.details[ks2[j]] = m.details[ks2[j]];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this Component to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.Component
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Component.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Component
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.Component
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Component.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.Component";
                };

                return Component;
            })();

            v1.VersionResponse = (function() {

                /**
                 * Properties of a VersionResponse.
                 * @memberof keel.engine.v1
                 * @interface IVersionResponse
                 * @property {string|null} [version] VersionResponse version
                 * @property {string|null} [apiVersion] VersionResponse apiVersion
                 * @property {string|null} [minApiVersion] VersionResponse minApiVersion
                 * @property {string|null} [gitCommit] VersionResponse gitCommit
                 * @property {string|null} [nodeVersion] VersionResponse nodeVersion
                 * @property {string|null} [os] VersionResponse os
                 * @property {string|null} [arch] VersionResponse arch
                 * @property {string|null} [kernelVersion] VersionResponse kernelVersion
                 * @property {string|null} [buildTime] VersionResponse buildTime
                 * @property {string|null} [platformName] VersionResponse platformName
                 * @property {Array.<keel.engine.v1.IComponent>|null} [components] VersionResponse components
                 */

                /**
                 * Constructs a new VersionResponse.
                 * @memberof keel.engine.v1
                 * @classdesc Represents a VersionResponse.
                 * @implements IVersionResponse
                 * @constructor
                 * @param {keel.engine.v1.IVersionResponse=} [p] Properties to set
                 */
                function VersionResponse(p) {
                    this.components = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * VersionResponse version.
                 * @member {string} version
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.version = "";

                /**
                 * VersionResponse apiVersion.
                 * @member {string} apiVersion
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.apiVersion = "";

                /**
                 * VersionResponse minApiVersion.
                 * @member {string} minApiVersion
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.minApiVersion = "";

                /**
                 * VersionResponse gitCommit.
                 * @member {string} gitCommit
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.gitCommit = "";

                /**
                 * VersionResponse nodeVersion.
                 * @member {string} nodeVersion
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.nodeVersion = "";

                /**
                 * VersionResponse os.
                 * @member {string} os
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.os = "";

                /**
                 * VersionResponse arch.
                 * @member {string} arch
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.arch = "";

                /**
                 * VersionResponse kernelVersion.
                 * @member {string} kernelVersion
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.kernelVersion = "";

                /**
                 * VersionResponse buildTime.
                 * @member {string} buildTime
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.buildTime = "";

                /**
                 * VersionResponse platformName.
                 * @member {string} platformName
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.platformName = "";

                /**
                 * VersionResponse components.
                 * @member {Array.<keel.engine.v1.IComponent>} components
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 */
                VersionResponse.prototype.components = $util.emptyArray;

                /**
                 * Creates a new VersionResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {keel.engine.v1.IVersionResponse=} [properties] Properties to set
                 * @returns {keel.engine.v1.VersionResponse} VersionResponse instance
                 */
                VersionResponse.create = function create(properties) {
                    return new VersionResponse(properties);
                };

                /**
                 * Encodes the specified VersionResponse message. Does not implicitly {@link keel.engine.v1.VersionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {keel.engine.v1.IVersionResponse} m VersionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VersionResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                        w.uint32(10).string(m.version);
                    if (m.apiVersion != null && Object.hasOwnProperty.call(m, "apiVersion"))
                        w.uint32(18).string(m.apiVersion);
                    if (m.minApiVersion != null && Object.hasOwnProperty.call(m, "minApiVersion"))
                        w.uint32(26).string(m.minApiVersion);
                    if (m.gitCommit != null && Object.hasOwnProperty.call(m, "gitCommit"))
                        w.uint32(34).string(m.gitCommit);
                    if (m.nodeVersion != null && Object.hasOwnProperty.call(m, "nodeVersion"))
                        w.uint32(42).string(m.nodeVersion);
                    if (m.os != null && Object.hasOwnProperty.call(m, "os"))
                        w.uint32(50).string(m.os);
                    if (m.arch != null && Object.hasOwnProperty.call(m, "arch"))
                        w.uint32(58).string(m.arch);
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion"))
                        w.uint32(66).string(m.kernelVersion);
                    if (m.buildTime != null && Object.hasOwnProperty.call(m, "buildTime"))
                        w.uint32(74).string(m.buildTime);
                    if (m.platformName != null && Object.hasOwnProperty.call(m, "platformName"))
                        w.uint32(82).string(m.platformName);
                    if (m.components != null && m.components.length) {
                        for (var i = 0; i < m.components.length; ++i)
                            $root.keel.engine.v1.Component.encode(m.components[i], w.uint32(90).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a VersionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.VersionResponse} VersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VersionResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.VersionResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.version = r.string();
                                break;
                            }
                        case 2: {
                                m.apiVersion = r.string();
                                break;
                            }
                        case 3: {
                                m.minApiVersion = r.string();
                                break;
                            }
                        case 4: {
                                m.gitCommit = r.string();
                                break;
                            }
                        case 5: {
                                m.nodeVersion = r.string();
                                break;
                            }
                        case 6: {
                                m.os = r.string();
                                break;
                            }
                        case 7: {
                                m.arch = r.string();
                                break;
                            }
                        case 8: {
                                m.kernelVersion = r.string();
                                break;
                            }
                        case 9: {
                                m.buildTime = r.string();
                                break;
                            }
                        case 10: {
                                m.platformName = r.string();
                                break;
                            }
                        case 11: {
                                if (!(m.components && m.components.length))
                                    m.components = [];
                                m.components.push($root.keel.engine.v1.Component.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a VersionResponse message.
                 * @function verify
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                VersionResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.apiVersion != null && Object.hasOwnProperty.call(m, "apiVersion")) {
                        if (!$util.isString(m.apiVersion))
                            return "apiVersion: string expected";
                    }
                    if (m.minApiVersion != null && Object.hasOwnProperty.call(m, "minApiVersion")) {
                        if (!$util.isString(m.minApiVersion))
                            return "minApiVersion: string expected";
                    }
                    if (m.gitCommit != null && Object.hasOwnProperty.call(m, "gitCommit")) {
                        if (!$util.isString(m.gitCommit))
                            return "gitCommit: string expected";
                    }
                    if (m.nodeVersion != null && Object.hasOwnProperty.call(m, "nodeVersion")) {
                        if (!$util.isString(m.nodeVersion))
                            return "nodeVersion: string expected";
                    }
                    if (m.os != null && Object.hasOwnProperty.call(m, "os")) {
                        if (!$util.isString(m.os))
                            return "os: string expected";
                    }
                    if (m.arch != null && Object.hasOwnProperty.call(m, "arch")) {
                        if (!$util.isString(m.arch))
                            return "arch: string expected";
                    }
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion")) {
                        if (!$util.isString(m.kernelVersion))
                            return "kernelVersion: string expected";
                    }
                    if (m.buildTime != null && Object.hasOwnProperty.call(m, "buildTime")) {
                        if (!$util.isString(m.buildTime))
                            return "buildTime: string expected";
                    }
                    if (m.platformName != null && Object.hasOwnProperty.call(m, "platformName")) {
                        if (!$util.isString(m.platformName))
                            return "platformName: string expected";
                    }
                    if (m.components != null && Object.hasOwnProperty.call(m, "components")) {
                        if (!Array.isArray(m.components))
                            return "components: array expected";
                        for (var i = 0; i < m.components.length; ++i) {
                            {
                                var e = $root.keel.engine.v1.Component.verify(m.components[i], n + 1);
                                if (e)
                                    return "components." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a VersionResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.VersionResponse} VersionResponse
                 */
                VersionResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.VersionResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.engine.v1.VersionResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.engine.v1.VersionResponse();
                    if (d.version != null) {
                        m.version = String(d.version);
                    }
                    if (d.apiVersion != null) {
                        m.apiVersion = String(d.apiVersion);
                    }
                    if (d.minApiVersion != null) {
                        m.minApiVersion = String(d.minApiVersion);
                    }
                    if (d.gitCommit != null) {
                        m.gitCommit = String(d.gitCommit);
                    }
                    if (d.nodeVersion != null) {
                        m.nodeVersion = String(d.nodeVersion);
                    }
                    if (d.os != null) {
                        m.os = String(d.os);
                    }
                    if (d.arch != null) {
                        m.arch = String(d.arch);
                    }
                    if (d.kernelVersion != null) {
                        m.kernelVersion = String(d.kernelVersion);
                    }
                    if (d.buildTime != null) {
                        m.buildTime = String(d.buildTime);
                    }
                    if (d.platformName != null) {
                        m.platformName = String(d.platformName);
                    }
                    if (d.components) {
                        if (!Array.isArray(d.components))
                            throw TypeError(".keel.engine.v1.VersionResponse.components: array expected");
                        m.components = [];
                        for (var i = 0; i < d.components.length; ++i) {
                            if (!$util.isObject(d.components[i]))
                                throw TypeError(".keel.engine.v1.VersionResponse.components: object expected");
                            m.components[i] = $root.keel.engine.v1.Component.fromObject(d.components[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a VersionResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {keel.engine.v1.VersionResponse} m VersionResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                VersionResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.components = [];
                    }
                    if (o.defaults) {
                        d.version = "";
                        d.apiVersion = "";
                        d.minApiVersion = "";
                        d.gitCommit = "";
                        d.nodeVersion = "";
                        d.os = "";
                        d.arch = "";
                        d.kernelVersion = "";
                        d.buildTime = "";
                        d.platformName = "";
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.apiVersion != null && Object.hasOwnProperty.call(m, "apiVersion")) {
                        d.apiVersion = m.apiVersion;
                    }
                    if (m.minApiVersion != null && Object.hasOwnProperty.call(m, "minApiVersion")) {
                        d.minApiVersion = m.minApiVersion;
                    }
                    if (m.gitCommit != null && Object.hasOwnProperty.call(m, "gitCommit")) {
                        d.gitCommit = m.gitCommit;
                    }
                    if (m.nodeVersion != null && Object.hasOwnProperty.call(m, "nodeVersion")) {
                        d.nodeVersion = m.nodeVersion;
                    }
                    if (m.os != null && Object.hasOwnProperty.call(m, "os")) {
                        d.os = m.os;
                    }
                    if (m.arch != null && Object.hasOwnProperty.call(m, "arch")) {
                        d.arch = m.arch;
                    }
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion")) {
                        d.kernelVersion = m.kernelVersion;
                    }
                    if (m.buildTime != null && Object.hasOwnProperty.call(m, "buildTime")) {
                        d.buildTime = m.buildTime;
                    }
                    if (m.platformName != null && Object.hasOwnProperty.call(m, "platformName")) {
                        d.platformName = m.platformName;
                    }
                    if (m.components && m.components.length) {
                        d.components = [];
                        for (var j = 0; j < m.components.length; ++j) {
                            d.components[j] = $root.keel.engine.v1.Component.toObject(m.components[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this VersionResponse to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.VersionResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                VersionResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for VersionResponse
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.VersionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                VersionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.VersionResponse";
                };

                return VersionResponse;
            })();

            v1.InfoRequest = (function() {

                /**
                 * Properties of an InfoRequest.
                 * @memberof keel.engine.v1
                 * @interface IInfoRequest
                 */

                /**
                 * Constructs a new InfoRequest.
                 * @memberof keel.engine.v1
                 * @classdesc Represents an InfoRequest.
                 * @implements IInfoRequest
                 * @constructor
                 * @param {keel.engine.v1.IInfoRequest=} [p] Properties to set
                 */
                function InfoRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new InfoRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {keel.engine.v1.IInfoRequest=} [properties] Properties to set
                 * @returns {keel.engine.v1.InfoRequest} InfoRequest instance
                 */
                InfoRequest.create = function create(properties) {
                    return new InfoRequest(properties);
                };

                /**
                 * Encodes the specified InfoRequest message. Does not implicitly {@link keel.engine.v1.InfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {keel.engine.v1.IInfoRequest} m InfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InfoRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes an InfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.InfoRequest} InfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InfoRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.InfoRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies an InfoRequest message.
                 * @function verify
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InfoRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.InfoRequest} InfoRequest
                 */
                InfoRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.InfoRequest)
                        return d;
                    return new $root.keel.engine.v1.InfoRequest();
                };

                /**
                 * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {keel.engine.v1.InfoRequest} m InfoRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InfoRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this InfoRequest to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.InfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InfoRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for InfoRequest
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.InfoRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                InfoRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.InfoRequest";
                };

                return InfoRequest;
            })();

            v1.KeyValue = (function() {

                /**
                 * Properties of a KeyValue.
                 * @memberof keel.engine.v1
                 * @interface IKeyValue
                 * @property {string|null} [key] KeyValue key
                 * @property {string|null} [value] KeyValue value
                 */

                /**
                 * Constructs a new KeyValue.
                 * @memberof keel.engine.v1
                 * @classdesc Represents a KeyValue.
                 * @implements IKeyValue
                 * @constructor
                 * @param {keel.engine.v1.IKeyValue=} [p] Properties to set
                 */
                function KeyValue(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * KeyValue key.
                 * @member {string} key
                 * @memberof keel.engine.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.key = "";

                /**
                 * KeyValue value.
                 * @member {string} value
                 * @memberof keel.engine.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.value = "";

                /**
                 * Creates a new KeyValue instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {keel.engine.v1.IKeyValue=} [properties] Properties to set
                 * @returns {keel.engine.v1.KeyValue} KeyValue instance
                 */
                KeyValue.create = function create(properties) {
                    return new KeyValue(properties);
                };

                /**
                 * Encodes the specified KeyValue message. Does not implicitly {@link keel.engine.v1.KeyValue.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {keel.engine.v1.IKeyValue} m KeyValue message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyValue.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.key != null && Object.hasOwnProperty.call(m, "key"))
                        w.uint32(10).string(m.key);
                    if (m.value != null && Object.hasOwnProperty.call(m, "value"))
                        w.uint32(18).string(m.value);
                    return w;
                };

                /**
                 * Decodes a KeyValue message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.KeyValue} KeyValue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeyValue.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.KeyValue();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.key = r.string();
                                break;
                            }
                        case 2: {
                                m.value = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a KeyValue message.
                 * @function verify
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                KeyValue.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.key != null && Object.hasOwnProperty.call(m, "key")) {
                        if (!$util.isString(m.key))
                            return "key: string expected";
                    }
                    if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                        if (!$util.isString(m.value))
                            return "value: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.KeyValue} KeyValue
                 */
                KeyValue.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.KeyValue)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.engine.v1.KeyValue: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.engine.v1.KeyValue();
                    if (d.key != null) {
                        m.key = String(d.key);
                    }
                    if (d.value != null) {
                        m.value = String(d.value);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {keel.engine.v1.KeyValue} m KeyValue
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KeyValue.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        d.value = "";
                    }
                    if (m.key != null && Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    return d;
                };

                /**
                 * Converts this KeyValue to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.KeyValue
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KeyValue.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for KeyValue
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.KeyValue
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.KeyValue";
                };

                return KeyValue;
            })();

            v1.Runtime = (function() {

                /**
                 * Properties of a Runtime.
                 * @memberof keel.engine.v1
                 * @interface IRuntime
                 * @property {string|null} [name] Runtime name
                 * @property {string|null} [path] Runtime path
                 */

                /**
                 * Constructs a new Runtime.
                 * @memberof keel.engine.v1
                 * @classdesc Represents a Runtime.
                 * @implements IRuntime
                 * @constructor
                 * @param {keel.engine.v1.IRuntime=} [p] Properties to set
                 */
                function Runtime(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Runtime name.
                 * @member {string} name
                 * @memberof keel.engine.v1.Runtime
                 * @instance
                 */
                Runtime.prototype.name = "";

                /**
                 * Runtime path.
                 * @member {string} path
                 * @memberof keel.engine.v1.Runtime
                 * @instance
                 */
                Runtime.prototype.path = "";

                /**
                 * Creates a new Runtime instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {keel.engine.v1.IRuntime=} [properties] Properties to set
                 * @returns {keel.engine.v1.Runtime} Runtime instance
                 */
                Runtime.create = function create(properties) {
                    return new Runtime(properties);
                };

                /**
                 * Encodes the specified Runtime message. Does not implicitly {@link keel.engine.v1.Runtime.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {keel.engine.v1.IRuntime} m Runtime message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Runtime.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.path != null && Object.hasOwnProperty.call(m, "path"))
                        w.uint32(18).string(m.path);
                    return w;
                };

                /**
                 * Decodes a Runtime message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.Runtime} Runtime
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Runtime.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.Runtime();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.path = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a Runtime message.
                 * @function verify
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Runtime.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.path != null && Object.hasOwnProperty.call(m, "path")) {
                        if (!$util.isString(m.path))
                            return "path: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Runtime message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.Runtime} Runtime
                 */
                Runtime.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.Runtime)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.engine.v1.Runtime: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.engine.v1.Runtime();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.path != null) {
                        m.path = String(d.path);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Runtime message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {keel.engine.v1.Runtime} m Runtime
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Runtime.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.path = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.path != null && Object.hasOwnProperty.call(m, "path")) {
                        d.path = m.path;
                    }
                    return d;
                };

                /**
                 * Converts this Runtime to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.Runtime
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Runtime.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Runtime
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.Runtime
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Runtime.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.Runtime";
                };

                return Runtime;
            })();

            v1.InfoResponse = (function() {

                /**
                 * Properties of an InfoResponse.
                 * @memberof keel.engine.v1
                 * @interface IInfoResponse
                 * @property {string|null} [id] InfoResponse id
                 * @property {number|null} [containers] InfoResponse containers
                 * @property {number|null} [containersRunning] InfoResponse containersRunning
                 * @property {number|null} [containersPaused] InfoResponse containersPaused
                 * @property {number|null} [containersStopped] InfoResponse containersStopped
                 * @property {number|null} [images] InfoResponse images
                 * @property {string|null} [driver] InfoResponse driver
                 * @property {Array.<keel.engine.v1.IKeyValue>|null} [driverStatus] InfoResponse driverStatus
                 * @property {string|null} [loggingDriver] InfoResponse loggingDriver
                 * @property {string|null} [cgroupDriver] InfoResponse cgroupDriver
                 * @property {string|null} [cgroupVersion] InfoResponse cgroupVersion
                 * @property {Array.<string>|null} [volumePlugins] InfoResponse volumePlugins
                 * @property {Array.<string>|null} [networkPlugins] InfoResponse networkPlugins
                 * @property {Array.<string>|null} [logPlugins] InfoResponse logPlugins
                 * @property {Array.<keel.engine.v1.IRuntime>|null} [runtimes] InfoResponse runtimes
                 * @property {string|null} [defaultRuntime] InfoResponse defaultRuntime
                 * @property {Array.<string>|null} [securityOptions] InfoResponse securityOptions
                 * @property {string|null} [kernelVersion] InfoResponse kernelVersion
                 * @property {string|null} [operatingSystem] InfoResponse operatingSystem
                 * @property {string|null} [osVersion] InfoResponse osVersion
                 * @property {string|null} [osType] InfoResponse osType
                 * @property {string|null} [architecture] InfoResponse architecture
                 * @property {number|null} [ncpu] InfoResponse ncpu
                 * @property {number|null} [memTotal] InfoResponse memTotal
                 * @property {string|null} [name] InfoResponse name
                 * @property {string|null} [rootDir] InfoResponse rootDir
                 * @property {boolean|null} [debug] InfoResponse debug
                 * @property {string|null} [serverVersion] InfoResponse serverVersion
                 * @property {Array.<string>|null} [insecureRegistryCidrs] InfoResponse insecureRegistryCidrs
                 * @property {Array.<string>|null} [mirrors] InfoResponse mirrors
                 * @property {boolean|null} [liveRestoreEnabled] InfoResponse liveRestoreEnabled
                 * @property {Array.<string>|null} [labels] InfoResponse labels
                 * @property {Array.<string>|null} [warnings] InfoResponse warnings
                 * @property {string|null} [httpProxy] InfoResponse httpProxy
                 * @property {string|null} [httpsProxy] InfoResponse httpsProxy
                 * @property {string|null} [noProxy] InfoResponse noProxy
                 * @property {boolean|null} [memoryLimit] InfoResponse memoryLimit
                 * @property {boolean|null} [swapLimit] InfoResponse swapLimit
                 * @property {boolean|null} [cpuCfsPeriod] InfoResponse cpuCfsPeriod
                 * @property {boolean|null} [cpuCfsQuota] InfoResponse cpuCfsQuota
                 * @property {boolean|null} [cpuShares] InfoResponse cpuShares
                 * @property {boolean|null} [cpuSet] InfoResponse cpuSet
                 * @property {boolean|null} [pidsLimit] InfoResponse pidsLimit
                 * @property {boolean|null} [oomKillDisable] InfoResponse oomKillDisable
                 * @property {boolean|null} [ipv4Forwarding] InfoResponse ipv4Forwarding
                 * @property {string|null} [initBinary] InfoResponse initBinary
                 * @property {string|null} [systemTime] InfoResponse systemTime
                 */

                /**
                 * Constructs a new InfoResponse.
                 * @memberof keel.engine.v1
                 * @classdesc Represents an InfoResponse.
                 * @implements IInfoResponse
                 * @constructor
                 * @param {keel.engine.v1.IInfoResponse=} [p] Properties to set
                 */
                function InfoResponse(p) {
                    this.driverStatus = [];
                    this.volumePlugins = [];
                    this.networkPlugins = [];
                    this.logPlugins = [];
                    this.runtimes = [];
                    this.securityOptions = [];
                    this.insecureRegistryCidrs = [];
                    this.mirrors = [];
                    this.labels = [];
                    this.warnings = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * InfoResponse id.
                 * @member {string} id
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.id = "";

                /**
                 * InfoResponse containers.
                 * @member {number} containers
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.containers = 0;

                /**
                 * InfoResponse containersRunning.
                 * @member {number} containersRunning
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.containersRunning = 0;

                /**
                 * InfoResponse containersPaused.
                 * @member {number} containersPaused
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.containersPaused = 0;

                /**
                 * InfoResponse containersStopped.
                 * @member {number} containersStopped
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.containersStopped = 0;

                /**
                 * InfoResponse images.
                 * @member {number} images
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.images = 0;

                /**
                 * InfoResponse driver.
                 * @member {string} driver
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.driver = "";

                /**
                 * InfoResponse driverStatus.
                 * @member {Array.<keel.engine.v1.IKeyValue>} driverStatus
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.driverStatus = $util.emptyArray;

                /**
                 * InfoResponse loggingDriver.
                 * @member {string} loggingDriver
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.loggingDriver = "";

                /**
                 * InfoResponse cgroupDriver.
                 * @member {string} cgroupDriver
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cgroupDriver = "";

                /**
                 * InfoResponse cgroupVersion.
                 * @member {string} cgroupVersion
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cgroupVersion = "";

                /**
                 * InfoResponse volumePlugins.
                 * @member {Array.<string>} volumePlugins
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.volumePlugins = $util.emptyArray;

                /**
                 * InfoResponse networkPlugins.
                 * @member {Array.<string>} networkPlugins
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.networkPlugins = $util.emptyArray;

                /**
                 * InfoResponse logPlugins.
                 * @member {Array.<string>} logPlugins
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.logPlugins = $util.emptyArray;

                /**
                 * InfoResponse runtimes.
                 * @member {Array.<keel.engine.v1.IRuntime>} runtimes
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.runtimes = $util.emptyArray;

                /**
                 * InfoResponse defaultRuntime.
                 * @member {string} defaultRuntime
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.defaultRuntime = "";

                /**
                 * InfoResponse securityOptions.
                 * @member {Array.<string>} securityOptions
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.securityOptions = $util.emptyArray;

                /**
                 * InfoResponse kernelVersion.
                 * @member {string} kernelVersion
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.kernelVersion = "";

                /**
                 * InfoResponse operatingSystem.
                 * @member {string} operatingSystem
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.operatingSystem = "";

                /**
                 * InfoResponse osVersion.
                 * @member {string} osVersion
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.osVersion = "";

                /**
                 * InfoResponse osType.
                 * @member {string} osType
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.osType = "";

                /**
                 * InfoResponse architecture.
                 * @member {string} architecture
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.architecture = "";

                /**
                 * InfoResponse ncpu.
                 * @member {number} ncpu
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.ncpu = 0;

                /**
                 * InfoResponse memTotal.
                 * @member {number} memTotal
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.memTotal = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InfoResponse name.
                 * @member {string} name
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.name = "";

                /**
                 * InfoResponse rootDir.
                 * @member {string} rootDir
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.rootDir = "";

                /**
                 * InfoResponse debug.
                 * @member {boolean} debug
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.debug = false;

                /**
                 * InfoResponse serverVersion.
                 * @member {string} serverVersion
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.serverVersion = "";

                /**
                 * InfoResponse insecureRegistryCidrs.
                 * @member {Array.<string>} insecureRegistryCidrs
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.insecureRegistryCidrs = $util.emptyArray;

                /**
                 * InfoResponse mirrors.
                 * @member {Array.<string>} mirrors
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.mirrors = $util.emptyArray;

                /**
                 * InfoResponse liveRestoreEnabled.
                 * @member {boolean} liveRestoreEnabled
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.liveRestoreEnabled = false;

                /**
                 * InfoResponse labels.
                 * @member {Array.<string>} labels
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.labels = $util.emptyArray;

                /**
                 * InfoResponse warnings.
                 * @member {Array.<string>} warnings
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.warnings = $util.emptyArray;

                /**
                 * InfoResponse httpProxy.
                 * @member {string} httpProxy
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.httpProxy = "";

                /**
                 * InfoResponse httpsProxy.
                 * @member {string} httpsProxy
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.httpsProxy = "";

                /**
                 * InfoResponse noProxy.
                 * @member {string} noProxy
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.noProxy = "";

                /**
                 * InfoResponse memoryLimit.
                 * @member {boolean} memoryLimit
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.memoryLimit = false;

                /**
                 * InfoResponse swapLimit.
                 * @member {boolean} swapLimit
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.swapLimit = false;

                /**
                 * InfoResponse cpuCfsPeriod.
                 * @member {boolean} cpuCfsPeriod
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cpuCfsPeriod = false;

                /**
                 * InfoResponse cpuCfsQuota.
                 * @member {boolean} cpuCfsQuota
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cpuCfsQuota = false;

                /**
                 * InfoResponse cpuShares.
                 * @member {boolean} cpuShares
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cpuShares = false;

                /**
                 * InfoResponse cpuSet.
                 * @member {boolean} cpuSet
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.cpuSet = false;

                /**
                 * InfoResponse pidsLimit.
                 * @member {boolean} pidsLimit
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.pidsLimit = false;

                /**
                 * InfoResponse oomKillDisable.
                 * @member {boolean} oomKillDisable
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.oomKillDisable = false;

                /**
                 * InfoResponse ipv4Forwarding.
                 * @member {boolean} ipv4Forwarding
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.ipv4Forwarding = false;

                /**
                 * InfoResponse initBinary.
                 * @member {string} initBinary
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.initBinary = "";

                /**
                 * InfoResponse systemTime.
                 * @member {string} systemTime
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 */
                InfoResponse.prototype.systemTime = "";

                /**
                 * Creates a new InfoResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {keel.engine.v1.IInfoResponse=} [properties] Properties to set
                 * @returns {keel.engine.v1.InfoResponse} InfoResponse instance
                 */
                InfoResponse.create = function create(properties) {
                    return new InfoResponse(properties);
                };

                /**
                 * Encodes the specified InfoResponse message. Does not implicitly {@link keel.engine.v1.InfoResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {keel.engine.v1.IInfoResponse} m InfoResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InfoResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                        w.uint32(10).string(m.id);
                    if (m.containers != null && Object.hasOwnProperty.call(m, "containers"))
                        w.uint32(16).int32(m.containers);
                    if (m.containersRunning != null && Object.hasOwnProperty.call(m, "containersRunning"))
                        w.uint32(24).int32(m.containersRunning);
                    if (m.containersPaused != null && Object.hasOwnProperty.call(m, "containersPaused"))
                        w.uint32(32).int32(m.containersPaused);
                    if (m.containersStopped != null && Object.hasOwnProperty.call(m, "containersStopped"))
                        w.uint32(40).int32(m.containersStopped);
                    if (m.images != null && Object.hasOwnProperty.call(m, "images"))
                        w.uint32(48).int32(m.images);
                    if (m.driver != null && Object.hasOwnProperty.call(m, "driver"))
                        w.uint32(58).string(m.driver);
                    if (m.driverStatus != null && m.driverStatus.length) {
                        for (var i = 0; i < m.driverStatus.length; ++i)
                            $root.keel.engine.v1.KeyValue.encode(m.driverStatus[i], w.uint32(66).fork(), q + 1).ldelim();
                    }
                    if (m.loggingDriver != null && Object.hasOwnProperty.call(m, "loggingDriver"))
                        w.uint32(74).string(m.loggingDriver);
                    if (m.cgroupDriver != null && Object.hasOwnProperty.call(m, "cgroupDriver"))
                        w.uint32(82).string(m.cgroupDriver);
                    if (m.cgroupVersion != null && Object.hasOwnProperty.call(m, "cgroupVersion"))
                        w.uint32(90).string(m.cgroupVersion);
                    if (m.volumePlugins != null && m.volumePlugins.length) {
                        for (var i = 0; i < m.volumePlugins.length; ++i)
                            w.uint32(98).string(m.volumePlugins[i]);
                    }
                    if (m.networkPlugins != null && m.networkPlugins.length) {
                        for (var i = 0; i < m.networkPlugins.length; ++i)
                            w.uint32(106).string(m.networkPlugins[i]);
                    }
                    if (m.logPlugins != null && m.logPlugins.length) {
                        for (var i = 0; i < m.logPlugins.length; ++i)
                            w.uint32(114).string(m.logPlugins[i]);
                    }
                    if (m.runtimes != null && m.runtimes.length) {
                        for (var i = 0; i < m.runtimes.length; ++i)
                            $root.keel.engine.v1.Runtime.encode(m.runtimes[i], w.uint32(122).fork(), q + 1).ldelim();
                    }
                    if (m.defaultRuntime != null && Object.hasOwnProperty.call(m, "defaultRuntime"))
                        w.uint32(130).string(m.defaultRuntime);
                    if (m.securityOptions != null && m.securityOptions.length) {
                        for (var i = 0; i < m.securityOptions.length; ++i)
                            w.uint32(138).string(m.securityOptions[i]);
                    }
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion"))
                        w.uint32(146).string(m.kernelVersion);
                    if (m.operatingSystem != null && Object.hasOwnProperty.call(m, "operatingSystem"))
                        w.uint32(154).string(m.operatingSystem);
                    if (m.osVersion != null && Object.hasOwnProperty.call(m, "osVersion"))
                        w.uint32(162).string(m.osVersion);
                    if (m.osType != null && Object.hasOwnProperty.call(m, "osType"))
                        w.uint32(170).string(m.osType);
                    if (m.architecture != null && Object.hasOwnProperty.call(m, "architecture"))
                        w.uint32(178).string(m.architecture);
                    if (m.ncpu != null && Object.hasOwnProperty.call(m, "ncpu"))
                        w.uint32(184).int32(m.ncpu);
                    if (m.memTotal != null && Object.hasOwnProperty.call(m, "memTotal"))
                        w.uint32(192).int64(m.memTotal);
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(202).string(m.name);
                    if (m.rootDir != null && Object.hasOwnProperty.call(m, "rootDir"))
                        w.uint32(210).string(m.rootDir);
                    if (m.debug != null && Object.hasOwnProperty.call(m, "debug"))
                        w.uint32(216).bool(m.debug);
                    if (m.serverVersion != null && Object.hasOwnProperty.call(m, "serverVersion"))
                        w.uint32(226).string(m.serverVersion);
                    if (m.insecureRegistryCidrs != null && m.insecureRegistryCidrs.length) {
                        for (var i = 0; i < m.insecureRegistryCidrs.length; ++i)
                            w.uint32(234).string(m.insecureRegistryCidrs[i]);
                    }
                    if (m.mirrors != null && m.mirrors.length) {
                        for (var i = 0; i < m.mirrors.length; ++i)
                            w.uint32(242).string(m.mirrors[i]);
                    }
                    if (m.liveRestoreEnabled != null && Object.hasOwnProperty.call(m, "liveRestoreEnabled"))
                        w.uint32(248).bool(m.liveRestoreEnabled);
                    if (m.labels != null && m.labels.length) {
                        for (var i = 0; i < m.labels.length; ++i)
                            w.uint32(258).string(m.labels[i]);
                    }
                    if (m.warnings != null && m.warnings.length) {
                        for (var i = 0; i < m.warnings.length; ++i)
                            w.uint32(266).string(m.warnings[i]);
                    }
                    if (m.httpProxy != null && Object.hasOwnProperty.call(m, "httpProxy"))
                        w.uint32(274).string(m.httpProxy);
                    if (m.httpsProxy != null && Object.hasOwnProperty.call(m, "httpsProxy"))
                        w.uint32(282).string(m.httpsProxy);
                    if (m.noProxy != null && Object.hasOwnProperty.call(m, "noProxy"))
                        w.uint32(290).string(m.noProxy);
                    if (m.memoryLimit != null && Object.hasOwnProperty.call(m, "memoryLimit"))
                        w.uint32(296).bool(m.memoryLimit);
                    if (m.swapLimit != null && Object.hasOwnProperty.call(m, "swapLimit"))
                        w.uint32(304).bool(m.swapLimit);
                    if (m.cpuCfsPeriod != null && Object.hasOwnProperty.call(m, "cpuCfsPeriod"))
                        w.uint32(312).bool(m.cpuCfsPeriod);
                    if (m.cpuCfsQuota != null && Object.hasOwnProperty.call(m, "cpuCfsQuota"))
                        w.uint32(320).bool(m.cpuCfsQuota);
                    if (m.cpuShares != null && Object.hasOwnProperty.call(m, "cpuShares"))
                        w.uint32(328).bool(m.cpuShares);
                    if (m.cpuSet != null && Object.hasOwnProperty.call(m, "cpuSet"))
                        w.uint32(336).bool(m.cpuSet);
                    if (m.pidsLimit != null && Object.hasOwnProperty.call(m, "pidsLimit"))
                        w.uint32(344).bool(m.pidsLimit);
                    if (m.oomKillDisable != null && Object.hasOwnProperty.call(m, "oomKillDisable"))
                        w.uint32(352).bool(m.oomKillDisable);
                    if (m.ipv4Forwarding != null && Object.hasOwnProperty.call(m, "ipv4Forwarding"))
                        w.uint32(360).bool(m.ipv4Forwarding);
                    if (m.initBinary != null && Object.hasOwnProperty.call(m, "initBinary"))
                        w.uint32(370).string(m.initBinary);
                    if (m.systemTime != null && Object.hasOwnProperty.call(m, "systemTime"))
                        w.uint32(378).string(m.systemTime);
                    return w;
                };

                /**
                 * Decodes an InfoResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.engine.v1.InfoResponse} InfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InfoResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.engine.v1.InfoResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.id = r.string();
                                break;
                            }
                        case 2: {
                                m.containers = r.int32();
                                break;
                            }
                        case 3: {
                                m.containersRunning = r.int32();
                                break;
                            }
                        case 4: {
                                m.containersPaused = r.int32();
                                break;
                            }
                        case 5: {
                                m.containersStopped = r.int32();
                                break;
                            }
                        case 6: {
                                m.images = r.int32();
                                break;
                            }
                        case 7: {
                                m.driver = r.string();
                                break;
                            }
                        case 8: {
                                if (!(m.driverStatus && m.driverStatus.length))
                                    m.driverStatus = [];
                                m.driverStatus.push($root.keel.engine.v1.KeyValue.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 9: {
                                m.loggingDriver = r.string();
                                break;
                            }
                        case 10: {
                                m.cgroupDriver = r.string();
                                break;
                            }
                        case 11: {
                                m.cgroupVersion = r.string();
                                break;
                            }
                        case 12: {
                                if (!(m.volumePlugins && m.volumePlugins.length))
                                    m.volumePlugins = [];
                                m.volumePlugins.push(r.string());
                                break;
                            }
                        case 13: {
                                if (!(m.networkPlugins && m.networkPlugins.length))
                                    m.networkPlugins = [];
                                m.networkPlugins.push(r.string());
                                break;
                            }
                        case 14: {
                                if (!(m.logPlugins && m.logPlugins.length))
                                    m.logPlugins = [];
                                m.logPlugins.push(r.string());
                                break;
                            }
                        case 15: {
                                if (!(m.runtimes && m.runtimes.length))
                                    m.runtimes = [];
                                m.runtimes.push($root.keel.engine.v1.Runtime.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 16: {
                                m.defaultRuntime = r.string();
                                break;
                            }
                        case 17: {
                                if (!(m.securityOptions && m.securityOptions.length))
                                    m.securityOptions = [];
                                m.securityOptions.push(r.string());
                                break;
                            }
                        case 18: {
                                m.kernelVersion = r.string();
                                break;
                            }
                        case 19: {
                                m.operatingSystem = r.string();
                                break;
                            }
                        case 20: {
                                m.osVersion = r.string();
                                break;
                            }
                        case 21: {
                                m.osType = r.string();
                                break;
                            }
                        case 22: {
                                m.architecture = r.string();
                                break;
                            }
                        case 23: {
                                m.ncpu = r.int32();
                                break;
                            }
                        case 24: {
                                m.memTotal = r.int64();
                                break;
                            }
                        case 25: {
                                m.name = r.string();
                                break;
                            }
                        case 26: {
                                m.rootDir = r.string();
                                break;
                            }
                        case 27: {
                                m.debug = r.bool();
                                break;
                            }
                        case 28: {
                                m.serverVersion = r.string();
                                break;
                            }
                        case 29: {
                                if (!(m.insecureRegistryCidrs && m.insecureRegistryCidrs.length))
                                    m.insecureRegistryCidrs = [];
                                m.insecureRegistryCidrs.push(r.string());
                                break;
                            }
                        case 30: {
                                if (!(m.mirrors && m.mirrors.length))
                                    m.mirrors = [];
                                m.mirrors.push(r.string());
                                break;
                            }
                        case 31: {
                                m.liveRestoreEnabled = r.bool();
                                break;
                            }
                        case 32: {
                                if (!(m.labels && m.labels.length))
                                    m.labels = [];
                                m.labels.push(r.string());
                                break;
                            }
                        case 33: {
                                if (!(m.warnings && m.warnings.length))
                                    m.warnings = [];
                                m.warnings.push(r.string());
                                break;
                            }
                        case 34: {
                                m.httpProxy = r.string();
                                break;
                            }
                        case 35: {
                                m.httpsProxy = r.string();
                                break;
                            }
                        case 36: {
                                m.noProxy = r.string();
                                break;
                            }
                        case 37: {
                                m.memoryLimit = r.bool();
                                break;
                            }
                        case 38: {
                                m.swapLimit = r.bool();
                                break;
                            }
                        case 39: {
                                m.cpuCfsPeriod = r.bool();
                                break;
                            }
                        case 40: {
                                m.cpuCfsQuota = r.bool();
                                break;
                            }
                        case 41: {
                                m.cpuShares = r.bool();
                                break;
                            }
                        case 42: {
                                m.cpuSet = r.bool();
                                break;
                            }
                        case 43: {
                                m.pidsLimit = r.bool();
                                break;
                            }
                        case 44: {
                                m.oomKillDisable = r.bool();
                                break;
                            }
                        case 45: {
                                m.ipv4Forwarding = r.bool();
                                break;
                            }
                        case 46: {
                                m.initBinary = r.string();
                                break;
                            }
                        case 47: {
                                m.systemTime = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies an InfoResponse message.
                 * @function verify
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                InfoResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.containers != null && Object.hasOwnProperty.call(m, "containers")) {
                        if (!$util.isInteger(m.containers))
                            return "containers: integer expected";
                    }
                    if (m.containersRunning != null && Object.hasOwnProperty.call(m, "containersRunning")) {
                        if (!$util.isInteger(m.containersRunning))
                            return "containersRunning: integer expected";
                    }
                    if (m.containersPaused != null && Object.hasOwnProperty.call(m, "containersPaused")) {
                        if (!$util.isInteger(m.containersPaused))
                            return "containersPaused: integer expected";
                    }
                    if (m.containersStopped != null && Object.hasOwnProperty.call(m, "containersStopped")) {
                        if (!$util.isInteger(m.containersStopped))
                            return "containersStopped: integer expected";
                    }
                    if (m.images != null && Object.hasOwnProperty.call(m, "images")) {
                        if (!$util.isInteger(m.images))
                            return "images: integer expected";
                    }
                    if (m.driver != null && Object.hasOwnProperty.call(m, "driver")) {
                        if (!$util.isString(m.driver))
                            return "driver: string expected";
                    }
                    if (m.driverStatus != null && Object.hasOwnProperty.call(m, "driverStatus")) {
                        if (!Array.isArray(m.driverStatus))
                            return "driverStatus: array expected";
                        for (var i = 0; i < m.driverStatus.length; ++i) {
                            {
                                var e = $root.keel.engine.v1.KeyValue.verify(m.driverStatus[i], n + 1);
                                if (e)
                                    return "driverStatus." + e;
                            }
                        }
                    }
                    if (m.loggingDriver != null && Object.hasOwnProperty.call(m, "loggingDriver")) {
                        if (!$util.isString(m.loggingDriver))
                            return "loggingDriver: string expected";
                    }
                    if (m.cgroupDriver != null && Object.hasOwnProperty.call(m, "cgroupDriver")) {
                        if (!$util.isString(m.cgroupDriver))
                            return "cgroupDriver: string expected";
                    }
                    if (m.cgroupVersion != null && Object.hasOwnProperty.call(m, "cgroupVersion")) {
                        if (!$util.isString(m.cgroupVersion))
                            return "cgroupVersion: string expected";
                    }
                    if (m.volumePlugins != null && Object.hasOwnProperty.call(m, "volumePlugins")) {
                        if (!Array.isArray(m.volumePlugins))
                            return "volumePlugins: array expected";
                        for (var i = 0; i < m.volumePlugins.length; ++i) {
                            if (!$util.isString(m.volumePlugins[i]))
                                return "volumePlugins: string[] expected";
                        }
                    }
                    if (m.networkPlugins != null && Object.hasOwnProperty.call(m, "networkPlugins")) {
                        if (!Array.isArray(m.networkPlugins))
                            return "networkPlugins: array expected";
                        for (var i = 0; i < m.networkPlugins.length; ++i) {
                            if (!$util.isString(m.networkPlugins[i]))
                                return "networkPlugins: string[] expected";
                        }
                    }
                    if (m.logPlugins != null && Object.hasOwnProperty.call(m, "logPlugins")) {
                        if (!Array.isArray(m.logPlugins))
                            return "logPlugins: array expected";
                        for (var i = 0; i < m.logPlugins.length; ++i) {
                            if (!$util.isString(m.logPlugins[i]))
                                return "logPlugins: string[] expected";
                        }
                    }
                    if (m.runtimes != null && Object.hasOwnProperty.call(m, "runtimes")) {
                        if (!Array.isArray(m.runtimes))
                            return "runtimes: array expected";
                        for (var i = 0; i < m.runtimes.length; ++i) {
                            {
                                var e = $root.keel.engine.v1.Runtime.verify(m.runtimes[i], n + 1);
                                if (e)
                                    return "runtimes." + e;
                            }
                        }
                    }
                    if (m.defaultRuntime != null && Object.hasOwnProperty.call(m, "defaultRuntime")) {
                        if (!$util.isString(m.defaultRuntime))
                            return "defaultRuntime: string expected";
                    }
                    if (m.securityOptions != null && Object.hasOwnProperty.call(m, "securityOptions")) {
                        if (!Array.isArray(m.securityOptions))
                            return "securityOptions: array expected";
                        for (var i = 0; i < m.securityOptions.length; ++i) {
                            if (!$util.isString(m.securityOptions[i]))
                                return "securityOptions: string[] expected";
                        }
                    }
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion")) {
                        if (!$util.isString(m.kernelVersion))
                            return "kernelVersion: string expected";
                    }
                    if (m.operatingSystem != null && Object.hasOwnProperty.call(m, "operatingSystem")) {
                        if (!$util.isString(m.operatingSystem))
                            return "operatingSystem: string expected";
                    }
                    if (m.osVersion != null && Object.hasOwnProperty.call(m, "osVersion")) {
                        if (!$util.isString(m.osVersion))
                            return "osVersion: string expected";
                    }
                    if (m.osType != null && Object.hasOwnProperty.call(m, "osType")) {
                        if (!$util.isString(m.osType))
                            return "osType: string expected";
                    }
                    if (m.architecture != null && Object.hasOwnProperty.call(m, "architecture")) {
                        if (!$util.isString(m.architecture))
                            return "architecture: string expected";
                    }
                    if (m.ncpu != null && Object.hasOwnProperty.call(m, "ncpu")) {
                        if (!$util.isInteger(m.ncpu))
                            return "ncpu: integer expected";
                    }
                    if (m.memTotal != null && Object.hasOwnProperty.call(m, "memTotal")) {
                        if (!$util.isInteger(m.memTotal) && !(m.memTotal && $util.isInteger(m.memTotal.low) && $util.isInteger(m.memTotal.high)))
                            return "memTotal: integer|Long expected";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.rootDir != null && Object.hasOwnProperty.call(m, "rootDir")) {
                        if (!$util.isString(m.rootDir))
                            return "rootDir: string expected";
                    }
                    if (m.debug != null && Object.hasOwnProperty.call(m, "debug")) {
                        if (typeof m.debug !== "boolean")
                            return "debug: boolean expected";
                    }
                    if (m.serverVersion != null && Object.hasOwnProperty.call(m, "serverVersion")) {
                        if (!$util.isString(m.serverVersion))
                            return "serverVersion: string expected";
                    }
                    if (m.insecureRegistryCidrs != null && Object.hasOwnProperty.call(m, "insecureRegistryCidrs")) {
                        if (!Array.isArray(m.insecureRegistryCidrs))
                            return "insecureRegistryCidrs: array expected";
                        for (var i = 0; i < m.insecureRegistryCidrs.length; ++i) {
                            if (!$util.isString(m.insecureRegistryCidrs[i]))
                                return "insecureRegistryCidrs: string[] expected";
                        }
                    }
                    if (m.mirrors != null && Object.hasOwnProperty.call(m, "mirrors")) {
                        if (!Array.isArray(m.mirrors))
                            return "mirrors: array expected";
                        for (var i = 0; i < m.mirrors.length; ++i) {
                            if (!$util.isString(m.mirrors[i]))
                                return "mirrors: string[] expected";
                        }
                    }
                    if (m.liveRestoreEnabled != null && Object.hasOwnProperty.call(m, "liveRestoreEnabled")) {
                        if (typeof m.liveRestoreEnabled !== "boolean")
                            return "liveRestoreEnabled: boolean expected";
                    }
                    if (m.labels != null && Object.hasOwnProperty.call(m, "labels")) {
                        if (!Array.isArray(m.labels))
                            return "labels: array expected";
                        for (var i = 0; i < m.labels.length; ++i) {
                            if (!$util.isString(m.labels[i]))
                                return "labels: string[] expected";
                        }
                    }
                    if (m.warnings != null && Object.hasOwnProperty.call(m, "warnings")) {
                        if (!Array.isArray(m.warnings))
                            return "warnings: array expected";
                        for (var i = 0; i < m.warnings.length; ++i) {
                            if (!$util.isString(m.warnings[i]))
                                return "warnings: string[] expected";
                        }
                    }
                    if (m.httpProxy != null && Object.hasOwnProperty.call(m, "httpProxy")) {
                        if (!$util.isString(m.httpProxy))
                            return "httpProxy: string expected";
                    }
                    if (m.httpsProxy != null && Object.hasOwnProperty.call(m, "httpsProxy")) {
                        if (!$util.isString(m.httpsProxy))
                            return "httpsProxy: string expected";
                    }
                    if (m.noProxy != null && Object.hasOwnProperty.call(m, "noProxy")) {
                        if (!$util.isString(m.noProxy))
                            return "noProxy: string expected";
                    }
                    if (m.memoryLimit != null && Object.hasOwnProperty.call(m, "memoryLimit")) {
                        if (typeof m.memoryLimit !== "boolean")
                            return "memoryLimit: boolean expected";
                    }
                    if (m.swapLimit != null && Object.hasOwnProperty.call(m, "swapLimit")) {
                        if (typeof m.swapLimit !== "boolean")
                            return "swapLimit: boolean expected";
                    }
                    if (m.cpuCfsPeriod != null && Object.hasOwnProperty.call(m, "cpuCfsPeriod")) {
                        if (typeof m.cpuCfsPeriod !== "boolean")
                            return "cpuCfsPeriod: boolean expected";
                    }
                    if (m.cpuCfsQuota != null && Object.hasOwnProperty.call(m, "cpuCfsQuota")) {
                        if (typeof m.cpuCfsQuota !== "boolean")
                            return "cpuCfsQuota: boolean expected";
                    }
                    if (m.cpuShares != null && Object.hasOwnProperty.call(m, "cpuShares")) {
                        if (typeof m.cpuShares !== "boolean")
                            return "cpuShares: boolean expected";
                    }
                    if (m.cpuSet != null && Object.hasOwnProperty.call(m, "cpuSet")) {
                        if (typeof m.cpuSet !== "boolean")
                            return "cpuSet: boolean expected";
                    }
                    if (m.pidsLimit != null && Object.hasOwnProperty.call(m, "pidsLimit")) {
                        if (typeof m.pidsLimit !== "boolean")
                            return "pidsLimit: boolean expected";
                    }
                    if (m.oomKillDisable != null && Object.hasOwnProperty.call(m, "oomKillDisable")) {
                        if (typeof m.oomKillDisable !== "boolean")
                            return "oomKillDisable: boolean expected";
                    }
                    if (m.ipv4Forwarding != null && Object.hasOwnProperty.call(m, "ipv4Forwarding")) {
                        if (typeof m.ipv4Forwarding !== "boolean")
                            return "ipv4Forwarding: boolean expected";
                    }
                    if (m.initBinary != null && Object.hasOwnProperty.call(m, "initBinary")) {
                        if (!$util.isString(m.initBinary))
                            return "initBinary: string expected";
                    }
                    if (m.systemTime != null && Object.hasOwnProperty.call(m, "systemTime")) {
                        if (!$util.isString(m.systemTime))
                            return "systemTime: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.engine.v1.InfoResponse} InfoResponse
                 */
                InfoResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.engine.v1.InfoResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.engine.v1.InfoResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.engine.v1.InfoResponse();
                    if (d.id != null) {
                        m.id = String(d.id);
                    }
                    if (d.containers != null) {
                        m.containers = d.containers | 0;
                    }
                    if (d.containersRunning != null) {
                        m.containersRunning = d.containersRunning | 0;
                    }
                    if (d.containersPaused != null) {
                        m.containersPaused = d.containersPaused | 0;
                    }
                    if (d.containersStopped != null) {
                        m.containersStopped = d.containersStopped | 0;
                    }
                    if (d.images != null) {
                        m.images = d.images | 0;
                    }
                    if (d.driver != null) {
                        m.driver = String(d.driver);
                    }
                    if (d.driverStatus) {
                        if (!Array.isArray(d.driverStatus))
                            throw TypeError(".keel.engine.v1.InfoResponse.driverStatus: array expected");
                        m.driverStatus = [];
                        for (var i = 0; i < d.driverStatus.length; ++i) {
                            if (!$util.isObject(d.driverStatus[i]))
                                throw TypeError(".keel.engine.v1.InfoResponse.driverStatus: object expected");
                            m.driverStatus[i] = $root.keel.engine.v1.KeyValue.fromObject(d.driverStatus[i], n + 1);
                        }
                    }
                    if (d.loggingDriver != null) {
                        m.loggingDriver = String(d.loggingDriver);
                    }
                    if (d.cgroupDriver != null) {
                        m.cgroupDriver = String(d.cgroupDriver);
                    }
                    if (d.cgroupVersion != null) {
                        m.cgroupVersion = String(d.cgroupVersion);
                    }
                    if (d.volumePlugins) {
                        if (!Array.isArray(d.volumePlugins))
                            throw TypeError(".keel.engine.v1.InfoResponse.volumePlugins: array expected");
                        m.volumePlugins = [];
                        for (var i = 0; i < d.volumePlugins.length; ++i) {
                            m.volumePlugins[i] = String(d.volumePlugins[i]);
                        }
                    }
                    if (d.networkPlugins) {
                        if (!Array.isArray(d.networkPlugins))
                            throw TypeError(".keel.engine.v1.InfoResponse.networkPlugins: array expected");
                        m.networkPlugins = [];
                        for (var i = 0; i < d.networkPlugins.length; ++i) {
                            m.networkPlugins[i] = String(d.networkPlugins[i]);
                        }
                    }
                    if (d.logPlugins) {
                        if (!Array.isArray(d.logPlugins))
                            throw TypeError(".keel.engine.v1.InfoResponse.logPlugins: array expected");
                        m.logPlugins = [];
                        for (var i = 0; i < d.logPlugins.length; ++i) {
                            m.logPlugins[i] = String(d.logPlugins[i]);
                        }
                    }
                    if (d.runtimes) {
                        if (!Array.isArray(d.runtimes))
                            throw TypeError(".keel.engine.v1.InfoResponse.runtimes: array expected");
                        m.runtimes = [];
                        for (var i = 0; i < d.runtimes.length; ++i) {
                            if (!$util.isObject(d.runtimes[i]))
                                throw TypeError(".keel.engine.v1.InfoResponse.runtimes: object expected");
                            m.runtimes[i] = $root.keel.engine.v1.Runtime.fromObject(d.runtimes[i], n + 1);
                        }
                    }
                    if (d.defaultRuntime != null) {
                        m.defaultRuntime = String(d.defaultRuntime);
                    }
                    if (d.securityOptions) {
                        if (!Array.isArray(d.securityOptions))
                            throw TypeError(".keel.engine.v1.InfoResponse.securityOptions: array expected");
                        m.securityOptions = [];
                        for (var i = 0; i < d.securityOptions.length; ++i) {
                            m.securityOptions[i] = String(d.securityOptions[i]);
                        }
                    }
                    if (d.kernelVersion != null) {
                        m.kernelVersion = String(d.kernelVersion);
                    }
                    if (d.operatingSystem != null) {
                        m.operatingSystem = String(d.operatingSystem);
                    }
                    if (d.osVersion != null) {
                        m.osVersion = String(d.osVersion);
                    }
                    if (d.osType != null) {
                        m.osType = String(d.osType);
                    }
                    if (d.architecture != null) {
                        m.architecture = String(d.architecture);
                    }
                    if (d.ncpu != null) {
                        m.ncpu = d.ncpu | 0;
                    }
                    if (d.memTotal != null) {
                        if ($util.Long)
                            m.memTotal = $util.Long.fromValue(d.memTotal, false);
                        else if (typeof d.memTotal === "string")
                            m.memTotal = parseInt(d.memTotal, 10);
                        else if (typeof d.memTotal === "number")
                            m.memTotal = d.memTotal;
                        else if (typeof d.memTotal === "object")
                            m.memTotal = new $util.LongBits(d.memTotal.low >>> 0, d.memTotal.high >>> 0).toNumber();
                    }
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.rootDir != null) {
                        m.rootDir = String(d.rootDir);
                    }
                    if (d.debug != null) {
                        m.debug = Boolean(d.debug);
                    }
                    if (d.serverVersion != null) {
                        m.serverVersion = String(d.serverVersion);
                    }
                    if (d.insecureRegistryCidrs) {
                        if (!Array.isArray(d.insecureRegistryCidrs))
                            throw TypeError(".keel.engine.v1.InfoResponse.insecureRegistryCidrs: array expected");
                        m.insecureRegistryCidrs = [];
                        for (var i = 0; i < d.insecureRegistryCidrs.length; ++i) {
                            m.insecureRegistryCidrs[i] = String(d.insecureRegistryCidrs[i]);
                        }
                    }
                    if (d.mirrors) {
                        if (!Array.isArray(d.mirrors))
                            throw TypeError(".keel.engine.v1.InfoResponse.mirrors: array expected");
                        m.mirrors = [];
                        for (var i = 0; i < d.mirrors.length; ++i) {
                            m.mirrors[i] = String(d.mirrors[i]);
                        }
                    }
                    if (d.liveRestoreEnabled != null) {
                        m.liveRestoreEnabled = Boolean(d.liveRestoreEnabled);
                    }
                    if (d.labels) {
                        if (!Array.isArray(d.labels))
                            throw TypeError(".keel.engine.v1.InfoResponse.labels: array expected");
                        m.labels = [];
                        for (var i = 0; i < d.labels.length; ++i) {
                            m.labels[i] = String(d.labels[i]);
                        }
                    }
                    if (d.warnings) {
                        if (!Array.isArray(d.warnings))
                            throw TypeError(".keel.engine.v1.InfoResponse.warnings: array expected");
                        m.warnings = [];
                        for (var i = 0; i < d.warnings.length; ++i) {
                            m.warnings[i] = String(d.warnings[i]);
                        }
                    }
                    if (d.httpProxy != null) {
                        m.httpProxy = String(d.httpProxy);
                    }
                    if (d.httpsProxy != null) {
                        m.httpsProxy = String(d.httpsProxy);
                    }
                    if (d.noProxy != null) {
                        m.noProxy = String(d.noProxy);
                    }
                    if (d.memoryLimit != null) {
                        m.memoryLimit = Boolean(d.memoryLimit);
                    }
                    if (d.swapLimit != null) {
                        m.swapLimit = Boolean(d.swapLimit);
                    }
                    if (d.cpuCfsPeriod != null) {
                        m.cpuCfsPeriod = Boolean(d.cpuCfsPeriod);
                    }
                    if (d.cpuCfsQuota != null) {
                        m.cpuCfsQuota = Boolean(d.cpuCfsQuota);
                    }
                    if (d.cpuShares != null) {
                        m.cpuShares = Boolean(d.cpuShares);
                    }
                    if (d.cpuSet != null) {
                        m.cpuSet = Boolean(d.cpuSet);
                    }
                    if (d.pidsLimit != null) {
                        m.pidsLimit = Boolean(d.pidsLimit);
                    }
                    if (d.oomKillDisable != null) {
                        m.oomKillDisable = Boolean(d.oomKillDisable);
                    }
                    if (d.ipv4Forwarding != null) {
                        m.ipv4Forwarding = Boolean(d.ipv4Forwarding);
                    }
                    if (d.initBinary != null) {
                        m.initBinary = String(d.initBinary);
                    }
                    if (d.systemTime != null) {
                        m.systemTime = String(d.systemTime);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {keel.engine.v1.InfoResponse} m InfoResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InfoResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.driverStatus = [];
                        d.volumePlugins = [];
                        d.networkPlugins = [];
                        d.logPlugins = [];
                        d.runtimes = [];
                        d.securityOptions = [];
                        d.insecureRegistryCidrs = [];
                        d.mirrors = [];
                        d.labels = [];
                        d.warnings = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.containers = 0;
                        d.containersRunning = 0;
                        d.containersPaused = 0;
                        d.containersStopped = 0;
                        d.images = 0;
                        d.driver = "";
                        d.loggingDriver = "";
                        d.cgroupDriver = "";
                        d.cgroupVersion = "";
                        d.defaultRuntime = "";
                        d.kernelVersion = "";
                        d.operatingSystem = "";
                        d.osVersion = "";
                        d.osType = "";
                        d.architecture = "";
                        d.ncpu = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.memTotal = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.memTotal = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.name = "";
                        d.rootDir = "";
                        d.debug = false;
                        d.serverVersion = "";
                        d.liveRestoreEnabled = false;
                        d.httpProxy = "";
                        d.httpsProxy = "";
                        d.noProxy = "";
                        d.memoryLimit = false;
                        d.swapLimit = false;
                        d.cpuCfsPeriod = false;
                        d.cpuCfsQuota = false;
                        d.cpuShares = false;
                        d.cpuSet = false;
                        d.pidsLimit = false;
                        d.oomKillDisable = false;
                        d.ipv4Forwarding = false;
                        d.initBinary = "";
                        d.systemTime = "";
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.containers != null && Object.hasOwnProperty.call(m, "containers")) {
                        d.containers = m.containers;
                    }
                    if (m.containersRunning != null && Object.hasOwnProperty.call(m, "containersRunning")) {
                        d.containersRunning = m.containersRunning;
                    }
                    if (m.containersPaused != null && Object.hasOwnProperty.call(m, "containersPaused")) {
                        d.containersPaused = m.containersPaused;
                    }
                    if (m.containersStopped != null && Object.hasOwnProperty.call(m, "containersStopped")) {
                        d.containersStopped = m.containersStopped;
                    }
                    if (m.images != null && Object.hasOwnProperty.call(m, "images")) {
                        d.images = m.images;
                    }
                    if (m.driver != null && Object.hasOwnProperty.call(m, "driver")) {
                        d.driver = m.driver;
                    }
                    if (m.driverStatus && m.driverStatus.length) {
                        d.driverStatus = [];
                        for (var j = 0; j < m.driverStatus.length; ++j) {
                            d.driverStatus[j] = $root.keel.engine.v1.KeyValue.toObject(m.driverStatus[j], o, q + 1);
                        }
                    }
                    if (m.loggingDriver != null && Object.hasOwnProperty.call(m, "loggingDriver")) {
                        d.loggingDriver = m.loggingDriver;
                    }
                    if (m.cgroupDriver != null && Object.hasOwnProperty.call(m, "cgroupDriver")) {
                        d.cgroupDriver = m.cgroupDriver;
                    }
                    if (m.cgroupVersion != null && Object.hasOwnProperty.call(m, "cgroupVersion")) {
                        d.cgroupVersion = m.cgroupVersion;
                    }
                    if (m.volumePlugins && m.volumePlugins.length) {
                        d.volumePlugins = [];
                        for (var j = 0; j < m.volumePlugins.length; ++j) {
                            d.volumePlugins[j] = m.volumePlugins[j];
                        }
                    }
                    if (m.networkPlugins && m.networkPlugins.length) {
                        d.networkPlugins = [];
                        for (var j = 0; j < m.networkPlugins.length; ++j) {
                            d.networkPlugins[j] = m.networkPlugins[j];
                        }
                    }
                    if (m.logPlugins && m.logPlugins.length) {
                        d.logPlugins = [];
                        for (var j = 0; j < m.logPlugins.length; ++j) {
                            d.logPlugins[j] = m.logPlugins[j];
                        }
                    }
                    if (m.runtimes && m.runtimes.length) {
                        d.runtimes = [];
                        for (var j = 0; j < m.runtimes.length; ++j) {
                            d.runtimes[j] = $root.keel.engine.v1.Runtime.toObject(m.runtimes[j], o, q + 1);
                        }
                    }
                    if (m.defaultRuntime != null && Object.hasOwnProperty.call(m, "defaultRuntime")) {
                        d.defaultRuntime = m.defaultRuntime;
                    }
                    if (m.securityOptions && m.securityOptions.length) {
                        d.securityOptions = [];
                        for (var j = 0; j < m.securityOptions.length; ++j) {
                            d.securityOptions[j] = m.securityOptions[j];
                        }
                    }
                    if (m.kernelVersion != null && Object.hasOwnProperty.call(m, "kernelVersion")) {
                        d.kernelVersion = m.kernelVersion;
                    }
                    if (m.operatingSystem != null && Object.hasOwnProperty.call(m, "operatingSystem")) {
                        d.operatingSystem = m.operatingSystem;
                    }
                    if (m.osVersion != null && Object.hasOwnProperty.call(m, "osVersion")) {
                        d.osVersion = m.osVersion;
                    }
                    if (m.osType != null && Object.hasOwnProperty.call(m, "osType")) {
                        d.osType = m.osType;
                    }
                    if (m.architecture != null && Object.hasOwnProperty.call(m, "architecture")) {
                        d.architecture = m.architecture;
                    }
                    if (m.ncpu != null && Object.hasOwnProperty.call(m, "ncpu")) {
                        d.ncpu = m.ncpu;
                    }
                    if (m.memTotal != null && Object.hasOwnProperty.call(m, "memTotal")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.memTotal = typeof m.memTotal === "number" ? BigInt(m.memTotal) : $util.Long.fromBits(m.memTotal.low >>> 0, m.memTotal.high >>> 0, false).toBigInt();
                        else if (typeof m.memTotal === "number")
                            d.memTotal = o.longs === String ? String(m.memTotal) : m.memTotal;
                        else
                            d.memTotal = o.longs === String ? $util.Long.prototype.toString.call(m.memTotal) : o.longs === Number ? new $util.LongBits(m.memTotal.low >>> 0, m.memTotal.high >>> 0).toNumber() : m.memTotal;
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.rootDir != null && Object.hasOwnProperty.call(m, "rootDir")) {
                        d.rootDir = m.rootDir;
                    }
                    if (m.debug != null && Object.hasOwnProperty.call(m, "debug")) {
                        d.debug = m.debug;
                    }
                    if (m.serverVersion != null && Object.hasOwnProperty.call(m, "serverVersion")) {
                        d.serverVersion = m.serverVersion;
                    }
                    if (m.insecureRegistryCidrs && m.insecureRegistryCidrs.length) {
                        d.insecureRegistryCidrs = [];
                        for (var j = 0; j < m.insecureRegistryCidrs.length; ++j) {
                            d.insecureRegistryCidrs[j] = m.insecureRegistryCidrs[j];
                        }
                    }
                    if (m.mirrors && m.mirrors.length) {
                        d.mirrors = [];
                        for (var j = 0; j < m.mirrors.length; ++j) {
                            d.mirrors[j] = m.mirrors[j];
                        }
                    }
                    if (m.liveRestoreEnabled != null && Object.hasOwnProperty.call(m, "liveRestoreEnabled")) {
                        d.liveRestoreEnabled = m.liveRestoreEnabled;
                    }
                    if (m.labels && m.labels.length) {
                        d.labels = [];
                        for (var j = 0; j < m.labels.length; ++j) {
                            d.labels[j] = m.labels[j];
                        }
                    }
                    if (m.warnings && m.warnings.length) {
                        d.warnings = [];
                        for (var j = 0; j < m.warnings.length; ++j) {
                            d.warnings[j] = m.warnings[j];
                        }
                    }
                    if (m.httpProxy != null && Object.hasOwnProperty.call(m, "httpProxy")) {
                        d.httpProxy = m.httpProxy;
                    }
                    if (m.httpsProxy != null && Object.hasOwnProperty.call(m, "httpsProxy")) {
                        d.httpsProxy = m.httpsProxy;
                    }
                    if (m.noProxy != null && Object.hasOwnProperty.call(m, "noProxy")) {
                        d.noProxy = m.noProxy;
                    }
                    if (m.memoryLimit != null && Object.hasOwnProperty.call(m, "memoryLimit")) {
                        d.memoryLimit = m.memoryLimit;
                    }
                    if (m.swapLimit != null && Object.hasOwnProperty.call(m, "swapLimit")) {
                        d.swapLimit = m.swapLimit;
                    }
                    if (m.cpuCfsPeriod != null && Object.hasOwnProperty.call(m, "cpuCfsPeriod")) {
                        d.cpuCfsPeriod = m.cpuCfsPeriod;
                    }
                    if (m.cpuCfsQuota != null && Object.hasOwnProperty.call(m, "cpuCfsQuota")) {
                        d.cpuCfsQuota = m.cpuCfsQuota;
                    }
                    if (m.cpuShares != null && Object.hasOwnProperty.call(m, "cpuShares")) {
                        d.cpuShares = m.cpuShares;
                    }
                    if (m.cpuSet != null && Object.hasOwnProperty.call(m, "cpuSet")) {
                        d.cpuSet = m.cpuSet;
                    }
                    if (m.pidsLimit != null && Object.hasOwnProperty.call(m, "pidsLimit")) {
                        d.pidsLimit = m.pidsLimit;
                    }
                    if (m.oomKillDisable != null && Object.hasOwnProperty.call(m, "oomKillDisable")) {
                        d.oomKillDisable = m.oomKillDisable;
                    }
                    if (m.ipv4Forwarding != null && Object.hasOwnProperty.call(m, "ipv4Forwarding")) {
                        d.ipv4Forwarding = m.ipv4Forwarding;
                    }
                    if (m.initBinary != null && Object.hasOwnProperty.call(m, "initBinary")) {
                        d.initBinary = m.initBinary;
                    }
                    if (m.systemTime != null && Object.hasOwnProperty.call(m, "systemTime")) {
                        d.systemTime = m.systemTime;
                    }
                    return d;
                };

                /**
                 * Converts this InfoResponse to JSON.
                 * @function toJSON
                 * @memberof keel.engine.v1.InfoResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InfoResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for InfoResponse
                 * @function getTypeUrl
                 * @memberof keel.engine.v1.InfoResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                InfoResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.engine.v1.InfoResponse";
                };

                return InfoResponse;
            })();

            return v1;
        })();

        return engine;
    })();

    keel.events = (function() {

        /**
         * Namespace events.
         * @memberof keel
         * @namespace
         */
        var events = {};

        events.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keel.events
             * @namespace
             */
            var v1 = {};

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @memberof keel.events.v1
                 * @interface IEnvelope
                 * @property {number|null} [timestampMs] Envelope timestampMs
                 * @property {string|null} [topic] Envelope topic
                 * @property {string|null} [typeUrl] Envelope typeUrl
                 * @property {Uint8Array|null} [payload] Envelope payload
                 * @property {string|null} [traceId] Envelope traceId
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof keel.events.v1
                 * @classdesc Represents an Envelope.
                 * @implements IEnvelope
                 * @constructor
                 * @param {keel.events.v1.IEnvelope=} [p] Properties to set
                 */
                function Envelope(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Envelope timestampMs.
                 * @member {number} timestampMs
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Envelope topic.
                 * @member {string} topic
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.topic = "";

                /**
                 * Envelope typeUrl.
                 * @member {string} typeUrl
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.typeUrl = "";

                /**
                 * Envelope payload.
                 * @member {Uint8Array} payload
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.payload = $util.newBuffer([]);

                /**
                 * Envelope traceId.
                 * @member {string} traceId
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.traceId = "";

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {keel.events.v1.IEnvelope=} [properties] Properties to set
                 * @returns {keel.events.v1.Envelope} Envelope instance
                 */
                Envelope.create = function create(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link keel.events.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {keel.events.v1.IEnvelope} m Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.timestampMs != null && Object.hasOwnProperty.call(m, "timestampMs"))
                        w.uint32(8).int64(m.timestampMs);
                    if (m.topic != null && Object.hasOwnProperty.call(m, "topic"))
                        w.uint32(18).string(m.topic);
                    if (m.typeUrl != null && Object.hasOwnProperty.call(m, "typeUrl"))
                        w.uint32(26).string(m.typeUrl);
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload"))
                        w.uint32(34).bytes(m.payload);
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId"))
                        w.uint32(42).string(m.traceId);
                    return w;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.events.v1.Envelope} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.events.v1.Envelope();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.timestampMs = r.int64();
                                break;
                            }
                        case 2: {
                                m.topic = r.string();
                                break;
                            }
                        case 3: {
                                m.typeUrl = r.string();
                                break;
                            }
                        case 4: {
                                m.payload = r.bytes();
                                break;
                            }
                        case 5: {
                                m.traceId = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies an Envelope message.
                 * @function verify
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Envelope.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.timestampMs != null && Object.hasOwnProperty.call(m, "timestampMs")) {
                        if (!$util.isInteger(m.timestampMs) && !(m.timestampMs && $util.isInteger(m.timestampMs.low) && $util.isInteger(m.timestampMs.high)))
                            return "timestampMs: integer|Long expected";
                    }
                    if (m.topic != null && Object.hasOwnProperty.call(m, "topic")) {
                        if (!$util.isString(m.topic))
                            return "topic: string expected";
                    }
                    if (m.typeUrl != null && Object.hasOwnProperty.call(m, "typeUrl")) {
                        if (!$util.isString(m.typeUrl))
                            return "typeUrl: string expected";
                    }
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload")) {
                        if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                            return "payload: buffer expected";
                    }
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId")) {
                        if (!$util.isString(m.traceId))
                            return "traceId: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.events.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.events.v1.Envelope)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.events.v1.Envelope: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.events.v1.Envelope();
                    if (d.timestampMs != null) {
                        if ($util.Long)
                            m.timestampMs = $util.Long.fromValue(d.timestampMs, false);
                        else if (typeof d.timestampMs === "string")
                            m.timestampMs = parseInt(d.timestampMs, 10);
                        else if (typeof d.timestampMs === "number")
                            m.timestampMs = d.timestampMs;
                        else if (typeof d.timestampMs === "object")
                            m.timestampMs = new $util.LongBits(d.timestampMs.low >>> 0, d.timestampMs.high >>> 0).toNumber();
                    }
                    if (d.topic != null) {
                        m.topic = String(d.topic);
                    }
                    if (d.typeUrl != null) {
                        m.typeUrl = String(d.typeUrl);
                    }
                    if (d.payload != null) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                    if (d.traceId != null) {
                        m.traceId = String(d.traceId);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {keel.events.v1.Envelope} m Envelope
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.timestampMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.timestampMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.topic = "";
                        d.typeUrl = "";
                        if (o.bytes === String)
                            d.payload = "";
                        else {
                            d.payload = [];
                            if (o.bytes !== Array)
                                d.payload = $util.newBuffer(d.payload);
                        }
                        d.traceId = "";
                    }
                    if (m.timestampMs != null && Object.hasOwnProperty.call(m, "timestampMs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.timestampMs = typeof m.timestampMs === "number" ? BigInt(m.timestampMs) : $util.Long.fromBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0, false).toBigInt();
                        else if (typeof m.timestampMs === "number")
                            d.timestampMs = o.longs === String ? String(m.timestampMs) : m.timestampMs;
                        else
                            d.timestampMs = o.longs === String ? $util.Long.prototype.toString.call(m.timestampMs) : o.longs === Number ? new $util.LongBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0).toNumber() : m.timestampMs;
                    }
                    if (m.topic != null && Object.hasOwnProperty.call(m, "topic")) {
                        d.topic = m.topic;
                    }
                    if (m.typeUrl != null && Object.hasOwnProperty.call(m, "typeUrl")) {
                        d.typeUrl = m.typeUrl;
                    }
                    if (m.payload != null && Object.hasOwnProperty.call(m, "payload")) {
                        d.payload = o.bytes === String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === Array ? Array.prototype.slice.call(m.payload) : m.payload;
                    }
                    if (m.traceId != null && Object.hasOwnProperty.call(m, "traceId")) {
                        d.traceId = m.traceId;
                    }
                    return d;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof keel.events.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Envelope
                 * @function getTypeUrl
                 * @memberof keel.events.v1.Envelope
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.events.v1.Envelope";
                };

                return Envelope;
            })();

            v1.ServiceStarted = (function() {

                /**
                 * Properties of a ServiceStarted.
                 * @memberof keel.events.v1
                 * @interface IServiceStarted
                 * @property {string|null} [service] ServiceStarted service
                 * @property {number|null} [pid] ServiceStarted pid
                 * @property {number|null} [restarts] ServiceStarted restarts
                 */

                /**
                 * Constructs a new ServiceStarted.
                 * @memberof keel.events.v1
                 * @classdesc Represents a ServiceStarted.
                 * @implements IServiceStarted
                 * @constructor
                 * @param {keel.events.v1.IServiceStarted=} [p] Properties to set
                 */
                function ServiceStarted(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ServiceStarted service.
                 * @member {string} service
                 * @memberof keel.events.v1.ServiceStarted
                 * @instance
                 */
                ServiceStarted.prototype.service = "";

                /**
                 * ServiceStarted pid.
                 * @member {number} pid
                 * @memberof keel.events.v1.ServiceStarted
                 * @instance
                 */
                ServiceStarted.prototype.pid = 0;

                /**
                 * ServiceStarted restarts.
                 * @member {number} restarts
                 * @memberof keel.events.v1.ServiceStarted
                 * @instance
                 */
                ServiceStarted.prototype.restarts = 0;

                /**
                 * Creates a new ServiceStarted instance using the specified properties.
                 * @function create
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {keel.events.v1.IServiceStarted=} [properties] Properties to set
                 * @returns {keel.events.v1.ServiceStarted} ServiceStarted instance
                 */
                ServiceStarted.create = function create(properties) {
                    return new ServiceStarted(properties);
                };

                /**
                 * Encodes the specified ServiceStarted message. Does not implicitly {@link keel.events.v1.ServiceStarted.verify|verify} messages.
                 * @function encode
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {keel.events.v1.IServiceStarted} m ServiceStarted message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceStarted.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid"))
                        w.uint32(16).int32(m.pid);
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts"))
                        w.uint32(24).int32(m.restarts);
                    return w;
                };

                /**
                 * Decodes a ServiceStarted message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.events.v1.ServiceStarted} ServiceStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceStarted.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.events.v1.ServiceStarted();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                m.pid = r.int32();
                                break;
                            }
                        case 3: {
                                m.restarts = r.int32();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceStarted message.
                 * @function verify
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceStarted.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        if (!$util.isInteger(m.pid))
                            return "pid: integer expected";
                    }
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts")) {
                        if (!$util.isInteger(m.restarts))
                            return "restarts: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a ServiceStarted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.events.v1.ServiceStarted} ServiceStarted
                 */
                ServiceStarted.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.events.v1.ServiceStarted)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.events.v1.ServiceStarted: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.events.v1.ServiceStarted();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.pid != null) {
                        m.pid = d.pid | 0;
                    }
                    if (d.restarts != null) {
                        m.restarts = d.restarts | 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ServiceStarted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {keel.events.v1.ServiceStarted} m ServiceStarted
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceStarted.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.pid = 0;
                        d.restarts = 0;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts")) {
                        d.restarts = m.restarts;
                    }
                    return d;
                };

                /**
                 * Converts this ServiceStarted to JSON.
                 * @function toJSON
                 * @memberof keel.events.v1.ServiceStarted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceStarted.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceStarted
                 * @function getTypeUrl
                 * @memberof keel.events.v1.ServiceStarted
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceStarted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.events.v1.ServiceStarted";
                };

                return ServiceStarted;
            })();

            v1.ServiceExited = (function() {

                /**
                 * Properties of a ServiceExited.
                 * @memberof keel.events.v1
                 * @interface IServiceExited
                 * @property {string|null} [service] ServiceExited service
                 * @property {number|null} [pid] ServiceExited pid
                 * @property {number|null} [exitCode] ServiceExited exitCode
                 * @property {string|null} [signal] ServiceExited signal
                 */

                /**
                 * Constructs a new ServiceExited.
                 * @memberof keel.events.v1
                 * @classdesc Represents a ServiceExited.
                 * @implements IServiceExited
                 * @constructor
                 * @param {keel.events.v1.IServiceExited=} [p] Properties to set
                 */
                function ServiceExited(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ServiceExited service.
                 * @member {string} service
                 * @memberof keel.events.v1.ServiceExited
                 * @instance
                 */
                ServiceExited.prototype.service = "";

                /**
                 * ServiceExited pid.
                 * @member {number} pid
                 * @memberof keel.events.v1.ServiceExited
                 * @instance
                 */
                ServiceExited.prototype.pid = 0;

                /**
                 * ServiceExited exitCode.
                 * @member {number} exitCode
                 * @memberof keel.events.v1.ServiceExited
                 * @instance
                 */
                ServiceExited.prototype.exitCode = 0;

                /**
                 * ServiceExited signal.
                 * @member {string} signal
                 * @memberof keel.events.v1.ServiceExited
                 * @instance
                 */
                ServiceExited.prototype.signal = "";

                /**
                 * Creates a new ServiceExited instance using the specified properties.
                 * @function create
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {keel.events.v1.IServiceExited=} [properties] Properties to set
                 * @returns {keel.events.v1.ServiceExited} ServiceExited instance
                 */
                ServiceExited.create = function create(properties) {
                    return new ServiceExited(properties);
                };

                /**
                 * Encodes the specified ServiceExited message. Does not implicitly {@link keel.events.v1.ServiceExited.verify|verify} messages.
                 * @function encode
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {keel.events.v1.IServiceExited} m ServiceExited message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceExited.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid"))
                        w.uint32(16).int32(m.pid);
                    if (m.exitCode != null && Object.hasOwnProperty.call(m, "exitCode"))
                        w.uint32(24).int32(m.exitCode);
                    if (m.signal != null && Object.hasOwnProperty.call(m, "signal"))
                        w.uint32(34).string(m.signal);
                    return w;
                };

                /**
                 * Decodes a ServiceExited message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.events.v1.ServiceExited} ServiceExited
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceExited.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.events.v1.ServiceExited();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                m.pid = r.int32();
                                break;
                            }
                        case 3: {
                                m.exitCode = r.int32();
                                break;
                            }
                        case 4: {
                                m.signal = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceExited message.
                 * @function verify
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceExited.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        if (!$util.isInteger(m.pid))
                            return "pid: integer expected";
                    }
                    if (m.exitCode != null && Object.hasOwnProperty.call(m, "exitCode")) {
                        if (!$util.isInteger(m.exitCode))
                            return "exitCode: integer expected";
                    }
                    if (m.signal != null && Object.hasOwnProperty.call(m, "signal")) {
                        if (!$util.isString(m.signal))
                            return "signal: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a ServiceExited message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.events.v1.ServiceExited} ServiceExited
                 */
                ServiceExited.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.events.v1.ServiceExited)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.events.v1.ServiceExited: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.events.v1.ServiceExited();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.pid != null) {
                        m.pid = d.pid | 0;
                    }
                    if (d.exitCode != null) {
                        m.exitCode = d.exitCode | 0;
                    }
                    if (d.signal != null) {
                        m.signal = String(d.signal);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ServiceExited message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {keel.events.v1.ServiceExited} m ServiceExited
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceExited.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.pid = 0;
                        d.exitCode = 0;
                        d.signal = "";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.exitCode != null && Object.hasOwnProperty.call(m, "exitCode")) {
                        d.exitCode = m.exitCode;
                    }
                    if (m.signal != null && Object.hasOwnProperty.call(m, "signal")) {
                        d.signal = m.signal;
                    }
                    return d;
                };

                /**
                 * Converts this ServiceExited to JSON.
                 * @function toJSON
                 * @memberof keel.events.v1.ServiceExited
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceExited.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceExited
                 * @function getTypeUrl
                 * @memberof keel.events.v1.ServiceExited
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceExited.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.events.v1.ServiceExited";
                };

                return ServiceExited;
            })();

            v1.ServiceFailed = (function() {

                /**
                 * Properties of a ServiceFailed.
                 * @memberof keel.events.v1
                 * @interface IServiceFailed
                 * @property {string|null} [service] ServiceFailed service
                 * @property {string|null} [reason] ServiceFailed reason
                 */

                /**
                 * Constructs a new ServiceFailed.
                 * @memberof keel.events.v1
                 * @classdesc Represents a ServiceFailed.
                 * @implements IServiceFailed
                 * @constructor
                 * @param {keel.events.v1.IServiceFailed=} [p] Properties to set
                 */
                function ServiceFailed(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ServiceFailed service.
                 * @member {string} service
                 * @memberof keel.events.v1.ServiceFailed
                 * @instance
                 */
                ServiceFailed.prototype.service = "";

                /**
                 * ServiceFailed reason.
                 * @member {string} reason
                 * @memberof keel.events.v1.ServiceFailed
                 * @instance
                 */
                ServiceFailed.prototype.reason = "";

                /**
                 * Creates a new ServiceFailed instance using the specified properties.
                 * @function create
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {keel.events.v1.IServiceFailed=} [properties] Properties to set
                 * @returns {keel.events.v1.ServiceFailed} ServiceFailed instance
                 */
                ServiceFailed.create = function create(properties) {
                    return new ServiceFailed(properties);
                };

                /**
                 * Encodes the specified ServiceFailed message. Does not implicitly {@link keel.events.v1.ServiceFailed.verify|verify} messages.
                 * @function encode
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {keel.events.v1.IServiceFailed} m ServiceFailed message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceFailed.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason"))
                        w.uint32(18).string(m.reason);
                    return w;
                };

                /**
                 * Decodes a ServiceFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.events.v1.ServiceFailed} ServiceFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceFailed.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.events.v1.ServiceFailed();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                m.reason = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceFailed message.
                 * @function verify
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceFailed.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a ServiceFailed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.events.v1.ServiceFailed} ServiceFailed
                 */
                ServiceFailed.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.events.v1.ServiceFailed)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.events.v1.ServiceFailed: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.events.v1.ServiceFailed();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.reason != null) {
                        m.reason = String(d.reason);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ServiceFailed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {keel.events.v1.ServiceFailed} m ServiceFailed
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceFailed.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.reason = "";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.reason != null && Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    return d;
                };

                /**
                 * Converts this ServiceFailed to JSON.
                 * @function toJSON
                 * @memberof keel.events.v1.ServiceFailed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceFailed.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceFailed
                 * @function getTypeUrl
                 * @memberof keel.events.v1.ServiceFailed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceFailed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.events.v1.ServiceFailed";
                };

                return ServiceFailed;
            })();

            return v1;
        })();

        return events;
    })();

    keel.keeld = (function() {

        /**
         * Namespace keeld.
         * @memberof keel
         * @namespace
         */
        var keeld = {};

        keeld.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keel.keeld
             * @namespace
             */
            var v1 = {};

            v1.ListServicesRequest = (function() {

                /**
                 * Properties of a ListServicesRequest.
                 * @memberof keel.keeld.v1
                 * @interface IListServicesRequest
                 */

                /**
                 * Constructs a new ListServicesRequest.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a ListServicesRequest.
                 * @implements IListServicesRequest
                 * @constructor
                 * @param {keel.keeld.v1.IListServicesRequest=} [p] Properties to set
                 */
                function ListServicesRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new ListServicesRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {keel.keeld.v1.IListServicesRequest=} [properties] Properties to set
                 * @returns {keel.keeld.v1.ListServicesRequest} ListServicesRequest instance
                 */
                ListServicesRequest.create = function create(properties) {
                    return new ListServicesRequest(properties);
                };

                /**
                 * Encodes the specified ListServicesRequest message. Does not implicitly {@link keel.keeld.v1.ListServicesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {keel.keeld.v1.IListServicesRequest} m ListServicesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListServicesRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a ListServicesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.ListServicesRequest} ListServicesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListServicesRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.ListServicesRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ListServicesRequest message.
                 * @function verify
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListServicesRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a ListServicesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.ListServicesRequest} ListServicesRequest
                 */
                ListServicesRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.ListServicesRequest)
                        return d;
                    return new $root.keel.keeld.v1.ListServicesRequest();
                };

                /**
                 * Creates a plain object from a ListServicesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {keel.keeld.v1.ListServicesRequest} m ListServicesRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListServicesRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this ListServicesRequest to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListServicesRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListServicesRequest
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.ListServicesRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListServicesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.ListServicesRequest";
                };

                return ListServicesRequest;
            })();

            v1.ServiceStatus = (function() {

                /**
                 * Properties of a ServiceStatus.
                 * @memberof keel.keeld.v1
                 * @interface IServiceStatus
                 * @property {string|null} [name] ServiceStatus name
                 * @property {number|null} [pid] ServiceStatus pid
                 * @property {string|null} [state] ServiceStatus state
                 * @property {number|null} [restarts] ServiceStatus restarts
                 * @property {number|null} [startedMs] ServiceStatus startedMs
                 * @property {string|null} [lastExit] ServiceStatus lastExit
                 */

                /**
                 * Constructs a new ServiceStatus.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a ServiceStatus.
                 * @implements IServiceStatus
                 * @constructor
                 * @param {keel.keeld.v1.IServiceStatus=} [p] Properties to set
                 */
                function ServiceStatus(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ServiceStatus name.
                 * @member {string} name
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.name = "";

                /**
                 * ServiceStatus pid.
                 * @member {number} pid
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.pid = 0;

                /**
                 * ServiceStatus state.
                 * @member {string} state
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.state = "";

                /**
                 * ServiceStatus restarts.
                 * @member {number} restarts
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.restarts = 0;

                /**
                 * ServiceStatus startedMs.
                 * @member {number} startedMs
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ServiceStatus lastExit.
                 * @member {string} lastExit
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 */
                ServiceStatus.prototype.lastExit = "";

                /**
                 * Creates a new ServiceStatus instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {keel.keeld.v1.IServiceStatus=} [properties] Properties to set
                 * @returns {keel.keeld.v1.ServiceStatus} ServiceStatus instance
                 */
                ServiceStatus.create = function create(properties) {
                    return new ServiceStatus(properties);
                };

                /**
                 * Encodes the specified ServiceStatus message. Does not implicitly {@link keel.keeld.v1.ServiceStatus.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {keel.keeld.v1.IServiceStatus} m ServiceStatus message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceStatus.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid"))
                        w.uint32(16).int32(m.pid);
                    if (m.state != null && Object.hasOwnProperty.call(m, "state"))
                        w.uint32(26).string(m.state);
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts"))
                        w.uint32(32).int32(m.restarts);
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs"))
                        w.uint32(40).int64(m.startedMs);
                    if (m.lastExit != null && Object.hasOwnProperty.call(m, "lastExit"))
                        w.uint32(50).string(m.lastExit);
                    return w;
                };

                /**
                 * Decodes a ServiceStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.ServiceStatus} ServiceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceStatus.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.ServiceStatus();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.pid = r.int32();
                                break;
                            }
                        case 3: {
                                m.state = r.string();
                                break;
                            }
                        case 4: {
                                m.restarts = r.int32();
                                break;
                            }
                        case 5: {
                                m.startedMs = r.int64();
                                break;
                            }
                        case 6: {
                                m.lastExit = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceStatus message.
                 * @function verify
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceStatus.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        if (!$util.isInteger(m.pid))
                            return "pid: integer expected";
                    }
                    if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                        if (!$util.isString(m.state))
                            return "state: string expected";
                    }
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts")) {
                        if (!$util.isInteger(m.restarts))
                            return "restarts: integer expected";
                    }
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs")) {
                        if (!$util.isInteger(m.startedMs) && !(m.startedMs && $util.isInteger(m.startedMs.low) && $util.isInteger(m.startedMs.high)))
                            return "startedMs: integer|Long expected";
                    }
                    if (m.lastExit != null && Object.hasOwnProperty.call(m, "lastExit")) {
                        if (!$util.isString(m.lastExit))
                            return "lastExit: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a ServiceStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.ServiceStatus} ServiceStatus
                 */
                ServiceStatus.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.ServiceStatus)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.ServiceStatus: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.ServiceStatus();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.pid != null) {
                        m.pid = d.pid | 0;
                    }
                    if (d.state != null) {
                        m.state = String(d.state);
                    }
                    if (d.restarts != null) {
                        m.restarts = d.restarts | 0;
                    }
                    if (d.startedMs != null) {
                        if ($util.Long)
                            m.startedMs = $util.Long.fromValue(d.startedMs, false);
                        else if (typeof d.startedMs === "string")
                            m.startedMs = parseInt(d.startedMs, 10);
                        else if (typeof d.startedMs === "number")
                            m.startedMs = d.startedMs;
                        else if (typeof d.startedMs === "object")
                            m.startedMs = new $util.LongBits(d.startedMs.low >>> 0, d.startedMs.high >>> 0).toNumber();
                    }
                    if (d.lastExit != null) {
                        m.lastExit = String(d.lastExit);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ServiceStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {keel.keeld.v1.ServiceStatus} m ServiceStatus
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceStatus.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.pid = 0;
                        d.state = "";
                        d.restarts = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.startedMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.startedMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.lastExit = "";
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    if (m.restarts != null && Object.hasOwnProperty.call(m, "restarts")) {
                        d.restarts = m.restarts;
                    }
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.startedMs = typeof m.startedMs === "number" ? BigInt(m.startedMs) : $util.Long.fromBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0, false).toBigInt();
                        else if (typeof m.startedMs === "number")
                            d.startedMs = o.longs === String ? String(m.startedMs) : m.startedMs;
                        else
                            d.startedMs = o.longs === String ? $util.Long.prototype.toString.call(m.startedMs) : o.longs === Number ? new $util.LongBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0).toNumber() : m.startedMs;
                    }
                    if (m.lastExit != null && Object.hasOwnProperty.call(m, "lastExit")) {
                        d.lastExit = m.lastExit;
                    }
                    return d;
                };

                /**
                 * Converts this ServiceStatus to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceStatus.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceStatus
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.ServiceStatus
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.ServiceStatus";
                };

                return ServiceStatus;
            })();

            v1.ListServicesResponse = (function() {

                /**
                 * Properties of a ListServicesResponse.
                 * @memberof keel.keeld.v1
                 * @interface IListServicesResponse
                 * @property {Array.<keel.keeld.v1.IServiceStatus>|null} [services] ListServicesResponse services
                 */

                /**
                 * Constructs a new ListServicesResponse.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a ListServicesResponse.
                 * @implements IListServicesResponse
                 * @constructor
                 * @param {keel.keeld.v1.IListServicesResponse=} [p] Properties to set
                 */
                function ListServicesResponse(p) {
                    this.services = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ListServicesResponse services.
                 * @member {Array.<keel.keeld.v1.IServiceStatus>} services
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @instance
                 */
                ListServicesResponse.prototype.services = $util.emptyArray;

                /**
                 * Creates a new ListServicesResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {keel.keeld.v1.IListServicesResponse=} [properties] Properties to set
                 * @returns {keel.keeld.v1.ListServicesResponse} ListServicesResponse instance
                 */
                ListServicesResponse.create = function create(properties) {
                    return new ListServicesResponse(properties);
                };

                /**
                 * Encodes the specified ListServicesResponse message. Does not implicitly {@link keel.keeld.v1.ListServicesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {keel.keeld.v1.IListServicesResponse} m ListServicesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListServicesResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.services != null && m.services.length) {
                        for (var i = 0; i < m.services.length; ++i)
                            $root.keel.keeld.v1.ServiceStatus.encode(m.services[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a ListServicesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.ListServicesResponse} ListServicesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListServicesResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.ListServicesResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.services && m.services.length))
                                    m.services = [];
                                m.services.push($root.keel.keeld.v1.ServiceStatus.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ListServicesResponse message.
                 * @function verify
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListServicesResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.services != null && Object.hasOwnProperty.call(m, "services")) {
                        if (!Array.isArray(m.services))
                            return "services: array expected";
                        for (var i = 0; i < m.services.length; ++i) {
                            {
                                var e = $root.keel.keeld.v1.ServiceStatus.verify(m.services[i], n + 1);
                                if (e)
                                    return "services." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ListServicesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.ListServicesResponse} ListServicesResponse
                 */
                ListServicesResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.ListServicesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.ListServicesResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.ListServicesResponse();
                    if (d.services) {
                        if (!Array.isArray(d.services))
                            throw TypeError(".keel.keeld.v1.ListServicesResponse.services: array expected");
                        m.services = [];
                        for (var i = 0; i < d.services.length; ++i) {
                            if (!$util.isObject(d.services[i]))
                                throw TypeError(".keel.keeld.v1.ListServicesResponse.services: object expected");
                            m.services[i] = $root.keel.keeld.v1.ServiceStatus.fromObject(d.services[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListServicesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {keel.keeld.v1.ListServicesResponse} m ListServicesResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListServicesResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.services = [];
                    }
                    if (m.services && m.services.length) {
                        d.services = [];
                        for (var j = 0; j < m.services.length; ++j) {
                            d.services[j] = $root.keel.keeld.v1.ServiceStatus.toObject(m.services[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListServicesResponse to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListServicesResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ListServicesResponse
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.ListServicesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ListServicesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.ListServicesResponse";
                };

                return ListServicesResponse;
            })();

            v1.RestartServiceRequest = (function() {

                /**
                 * Properties of a RestartServiceRequest.
                 * @memberof keel.keeld.v1
                 * @interface IRestartServiceRequest
                 * @property {string|null} [name] RestartServiceRequest name
                 * @property {number|null} [timeoutS] RestartServiceRequest timeoutS
                 */

                /**
                 * Constructs a new RestartServiceRequest.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a RestartServiceRequest.
                 * @implements IRestartServiceRequest
                 * @constructor
                 * @param {keel.keeld.v1.IRestartServiceRequest=} [p] Properties to set
                 */
                function RestartServiceRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * RestartServiceRequest name.
                 * @member {string} name
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @instance
                 */
                RestartServiceRequest.prototype.name = "";

                /**
                 * RestartServiceRequest timeoutS.
                 * @member {number} timeoutS
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @instance
                 */
                RestartServiceRequest.prototype.timeoutS = 0;

                /**
                 * Creates a new RestartServiceRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {keel.keeld.v1.IRestartServiceRequest=} [properties] Properties to set
                 * @returns {keel.keeld.v1.RestartServiceRequest} RestartServiceRequest instance
                 */
                RestartServiceRequest.create = function create(properties) {
                    return new RestartServiceRequest(properties);
                };

                /**
                 * Encodes the specified RestartServiceRequest message. Does not implicitly {@link keel.keeld.v1.RestartServiceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {keel.keeld.v1.IRestartServiceRequest} m RestartServiceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RestartServiceRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                        w.uint32(10).string(m.name);
                    if (m.timeoutS != null && Object.hasOwnProperty.call(m, "timeoutS"))
                        w.uint32(16).int32(m.timeoutS);
                    return w;
                };

                /**
                 * Decodes a RestartServiceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.RestartServiceRequest} RestartServiceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RestartServiceRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.RestartServiceRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.name = r.string();
                                break;
                            }
                        case 2: {
                                m.timeoutS = r.int32();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a RestartServiceRequest message.
                 * @function verify
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RestartServiceRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.timeoutS != null && Object.hasOwnProperty.call(m, "timeoutS")) {
                        if (!$util.isInteger(m.timeoutS))
                            return "timeoutS: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a RestartServiceRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.RestartServiceRequest} RestartServiceRequest
                 */
                RestartServiceRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.RestartServiceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.RestartServiceRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.RestartServiceRequest();
                    if (d.name != null) {
                        m.name = String(d.name);
                    }
                    if (d.timeoutS != null) {
                        m.timeoutS = d.timeoutS | 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RestartServiceRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {keel.keeld.v1.RestartServiceRequest} m RestartServiceRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RestartServiceRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.timeoutS = 0;
                    }
                    if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.timeoutS != null && Object.hasOwnProperty.call(m, "timeoutS")) {
                        d.timeoutS = m.timeoutS;
                    }
                    return d;
                };

                /**
                 * Converts this RestartServiceRequest to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RestartServiceRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for RestartServiceRequest
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.RestartServiceRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RestartServiceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.RestartServiceRequest";
                };

                return RestartServiceRequest;
            })();

            v1.RestartServiceResponse = (function() {

                /**
                 * Properties of a RestartServiceResponse.
                 * @memberof keel.keeld.v1
                 * @interface IRestartServiceResponse
                 * @property {keel.keeld.v1.IServiceStatus|null} [service] RestartServiceResponse service
                 */

                /**
                 * Constructs a new RestartServiceResponse.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a RestartServiceResponse.
                 * @implements IRestartServiceResponse
                 * @constructor
                 * @param {keel.keeld.v1.IRestartServiceResponse=} [p] Properties to set
                 */
                function RestartServiceResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * RestartServiceResponse service.
                 * @member {keel.keeld.v1.IServiceStatus|null|undefined} service
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @instance
                 */
                RestartServiceResponse.prototype.service = null;

                /**
                 * Creates a new RestartServiceResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {keel.keeld.v1.IRestartServiceResponse=} [properties] Properties to set
                 * @returns {keel.keeld.v1.RestartServiceResponse} RestartServiceResponse instance
                 */
                RestartServiceResponse.create = function create(properties) {
                    return new RestartServiceResponse(properties);
                };

                /**
                 * Encodes the specified RestartServiceResponse message. Does not implicitly {@link keel.keeld.v1.RestartServiceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {keel.keeld.v1.IRestartServiceResponse} m RestartServiceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RestartServiceResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        $root.keel.keeld.v1.ServiceStatus.encode(m.service, w.uint32(10).fork(), q + 1).ldelim();
                    return w;
                };

                /**
                 * Decodes a RestartServiceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.RestartServiceResponse} RestartServiceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RestartServiceResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.RestartServiceResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = $root.keel.keeld.v1.ServiceStatus.decode(r, r.uint32(), undefined, n + 1);
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a RestartServiceResponse message.
                 * @function verify
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RestartServiceResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        {
                            var e = $root.keel.keeld.v1.ServiceStatus.verify(m.service, n + 1);
                            if (e)
                                return "service." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RestartServiceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.RestartServiceResponse} RestartServiceResponse
                 */
                RestartServiceResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.RestartServiceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.RestartServiceResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.RestartServiceResponse();
                    if (d.service != null) {
                        if (!$util.isObject(d.service))
                            throw TypeError(".keel.keeld.v1.RestartServiceResponse.service: object expected");
                        m.service = $root.keel.keeld.v1.ServiceStatus.fromObject(d.service, n + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RestartServiceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {keel.keeld.v1.RestartServiceResponse} m RestartServiceResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RestartServiceResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = null;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = $root.keel.keeld.v1.ServiceStatus.toObject(m.service, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this RestartServiceResponse to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RestartServiceResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for RestartServiceResponse
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.RestartServiceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RestartServiceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.RestartServiceResponse";
                };

                return RestartServiceResponse;
            })();

            v1.BusStatsRequest = (function() {

                /**
                 * Properties of a BusStatsRequest.
                 * @memberof keel.keeld.v1
                 * @interface IBusStatsRequest
                 * @property {string|null} [service] BusStatsRequest service
                 */

                /**
                 * Constructs a new BusStatsRequest.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a BusStatsRequest.
                 * @implements IBusStatsRequest
                 * @constructor
                 * @param {keel.keeld.v1.IBusStatsRequest=} [p] Properties to set
                 */
                function BusStatsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * BusStatsRequest service.
                 * @member {string} service
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @instance
                 */
                BusStatsRequest.prototype.service = "";

                /**
                 * Creates a new BusStatsRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {keel.keeld.v1.IBusStatsRequest=} [properties] Properties to set
                 * @returns {keel.keeld.v1.BusStatsRequest} BusStatsRequest instance
                 */
                BusStatsRequest.create = function create(properties) {
                    return new BusStatsRequest(properties);
                };

                /**
                 * Encodes the specified BusStatsRequest message. Does not implicitly {@link keel.keeld.v1.BusStatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {keel.keeld.v1.IBusStatsRequest} m BusStatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BusStatsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    return w;
                };

                /**
                 * Decodes a BusStatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.BusStatsRequest} BusStatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BusStatsRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.BusStatsRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a BusStatsRequest message.
                 * @function verify
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BusStatsRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a BusStatsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.BusStatsRequest} BusStatsRequest
                 */
                BusStatsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.BusStatsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.BusStatsRequest: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.BusStatsRequest();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a BusStatsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {keel.keeld.v1.BusStatsRequest} m BusStatsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BusStatsRequest.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    return d;
                };

                /**
                 * Converts this BusStatsRequest to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BusStatsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BusStatsRequest
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.BusStatsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BusStatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.BusStatsRequest";
                };

                return BusStatsRequest;
            })();

            v1.BusStatsResponse = (function() {

                /**
                 * Properties of a BusStatsResponse.
                 * @memberof keel.keeld.v1
                 * @interface IBusStatsResponse
                 * @property {Array.<keel.kit.v1.IMetricsResponse>|null} [services] BusStatsResponse services
                 */

                /**
                 * Constructs a new BusStatsResponse.
                 * @memberof keel.keeld.v1
                 * @classdesc Represents a BusStatsResponse.
                 * @implements IBusStatsResponse
                 * @constructor
                 * @param {keel.keeld.v1.IBusStatsResponse=} [p] Properties to set
                 */
                function BusStatsResponse(p) {
                    this.services = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * BusStatsResponse services.
                 * @member {Array.<keel.kit.v1.IMetricsResponse>} services
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @instance
                 */
                BusStatsResponse.prototype.services = $util.emptyArray;

                /**
                 * Creates a new BusStatsResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {keel.keeld.v1.IBusStatsResponse=} [properties] Properties to set
                 * @returns {keel.keeld.v1.BusStatsResponse} BusStatsResponse instance
                 */
                BusStatsResponse.create = function create(properties) {
                    return new BusStatsResponse(properties);
                };

                /**
                 * Encodes the specified BusStatsResponse message. Does not implicitly {@link keel.keeld.v1.BusStatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {keel.keeld.v1.IBusStatsResponse} m BusStatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BusStatsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.services != null && m.services.length) {
                        for (var i = 0; i < m.services.length; ++i)
                            $root.keel.kit.v1.MetricsResponse.encode(m.services[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a BusStatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.keeld.v1.BusStatsResponse} BusStatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BusStatsResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.keeld.v1.BusStatsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                if (!(m.services && m.services.length))
                                    m.services = [];
                                m.services.push($root.keel.kit.v1.MetricsResponse.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a BusStatsResponse message.
                 * @function verify
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BusStatsResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.services != null && Object.hasOwnProperty.call(m, "services")) {
                        if (!Array.isArray(m.services))
                            return "services: array expected";
                        for (var i = 0; i < m.services.length; ++i) {
                            {
                                var e = $root.keel.kit.v1.MetricsResponse.verify(m.services[i], n + 1);
                                if (e)
                                    return "services." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a BusStatsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.keeld.v1.BusStatsResponse} BusStatsResponse
                 */
                BusStatsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.keeld.v1.BusStatsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.keeld.v1.BusStatsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.keeld.v1.BusStatsResponse();
                    if (d.services) {
                        if (!Array.isArray(d.services))
                            throw TypeError(".keel.keeld.v1.BusStatsResponse.services: array expected");
                        m.services = [];
                        for (var i = 0; i < d.services.length; ++i) {
                            if (!$util.isObject(d.services[i]))
                                throw TypeError(".keel.keeld.v1.BusStatsResponse.services: object expected");
                            m.services[i] = $root.keel.kit.v1.MetricsResponse.fromObject(d.services[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a BusStatsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {keel.keeld.v1.BusStatsResponse} m BusStatsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BusStatsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.services = [];
                    }
                    if (m.services && m.services.length) {
                        d.services = [];
                        for (var j = 0; j < m.services.length; ++j) {
                            d.services[j] = $root.keel.kit.v1.MetricsResponse.toObject(m.services[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this BusStatsResponse to JSON.
                 * @function toJSON
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BusStatsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for BusStatsResponse
                 * @function getTypeUrl
                 * @memberof keel.keeld.v1.BusStatsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BusStatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.keeld.v1.BusStatsResponse";
                };

                return BusStatsResponse;
            })();

            return v1;
        })();

        return keeld;
    })();

    keel.kit = (function() {

        /**
         * Namespace kit.
         * @memberof keel
         * @namespace
         */
        var kit = {};

        kit.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keel.kit
             * @namespace
             */
            var v1 = {};

            v1.PingRequest = (function() {

                /**
                 * Properties of a PingRequest.
                 * @memberof keel.kit.v1
                 * @interface IPingRequest
                 */

                /**
                 * Constructs a new PingRequest.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a PingRequest.
                 * @implements IPingRequest
                 * @constructor
                 * @param {keel.kit.v1.IPingRequest=} [p] Properties to set
                 */
                function PingRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new PingRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {keel.kit.v1.IPingRequest=} [properties] Properties to set
                 * @returns {keel.kit.v1.PingRequest} PingRequest instance
                 */
                PingRequest.create = function create(properties) {
                    return new PingRequest(properties);
                };

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link keel.kit.v1.PingRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {keel.kit.v1.IPingRequest} m PingRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.PingRequest} PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.PingRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a PingRequest message.
                 * @function verify
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PingRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.PingRequest} PingRequest
                 */
                PingRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.PingRequest)
                        return d;
                    return new $root.keel.kit.v1.PingRequest();
                };

                /**
                 * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {keel.kit.v1.PingRequest} m PingRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PingRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this PingRequest to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.PingRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PingRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PingRequest
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.PingRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.PingRequest";
                };

                return PingRequest;
            })();

            v1.PingResponse = (function() {

                /**
                 * Properties of a PingResponse.
                 * @memberof keel.kit.v1
                 * @interface IPingResponse
                 * @property {string|null} [service] PingResponse service
                 * @property {number|null} [pid] PingResponse pid
                 */

                /**
                 * Constructs a new PingResponse.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a PingResponse.
                 * @implements IPingResponse
                 * @constructor
                 * @param {keel.kit.v1.IPingResponse=} [p] Properties to set
                 */
                function PingResponse(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * PingResponse service.
                 * @member {string} service
                 * @memberof keel.kit.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.service = "";

                /**
                 * PingResponse pid.
                 * @member {number} pid
                 * @memberof keel.kit.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.pid = 0;

                /**
                 * Creates a new PingResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {keel.kit.v1.IPingResponse=} [properties] Properties to set
                 * @returns {keel.kit.v1.PingResponse} PingResponse instance
                 */
                PingResponse.create = function create(properties) {
                    return new PingResponse(properties);
                };

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link keel.kit.v1.PingResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {keel.kit.v1.IPingResponse} m PingResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid"))
                        w.uint32(16).int32(m.pid);
                    return w;
                };

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.PingResponse} PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.PingResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                m.pid = r.int32();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a PingResponse message.
                 * @function verify
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PingResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        if (!$util.isInteger(m.pid))
                            return "pid: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.PingResponse} PingResponse
                 */
                PingResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.PingResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.PingResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.PingResponse();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.pid != null) {
                        m.pid = d.pid | 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {keel.kit.v1.PingResponse} m PingResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PingResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.pid = 0;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    return d;
                };

                /**
                 * Converts this PingResponse to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.PingResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PingResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PingResponse
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.PingResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.PingResponse";
                };

                return PingResponse;
            })();

            v1.ServiceInfoRequest = (function() {

                /**
                 * Properties of a ServiceInfoRequest.
                 * @memberof keel.kit.v1
                 * @interface IServiceInfoRequest
                 */

                /**
                 * Constructs a new ServiceInfoRequest.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a ServiceInfoRequest.
                 * @implements IServiceInfoRequest
                 * @constructor
                 * @param {keel.kit.v1.IServiceInfoRequest=} [p] Properties to set
                 */
                function ServiceInfoRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new ServiceInfoRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {keel.kit.v1.IServiceInfoRequest=} [properties] Properties to set
                 * @returns {keel.kit.v1.ServiceInfoRequest} ServiceInfoRequest instance
                 */
                ServiceInfoRequest.create = function create(properties) {
                    return new ServiceInfoRequest(properties);
                };

                /**
                 * Encodes the specified ServiceInfoRequest message. Does not implicitly {@link keel.kit.v1.ServiceInfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {keel.kit.v1.IServiceInfoRequest} m ServiceInfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceInfoRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a ServiceInfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.ServiceInfoRequest} ServiceInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceInfoRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.ServiceInfoRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceInfoRequest message.
                 * @function verify
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceInfoRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a ServiceInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.ServiceInfoRequest} ServiceInfoRequest
                 */
                ServiceInfoRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.ServiceInfoRequest)
                        return d;
                    return new $root.keel.kit.v1.ServiceInfoRequest();
                };

                /**
                 * Creates a plain object from a ServiceInfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {keel.kit.v1.ServiceInfoRequest} m ServiceInfoRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceInfoRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this ServiceInfoRequest to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceInfoRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceInfoRequest
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.ServiceInfoRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceInfoRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.ServiceInfoRequest";
                };

                return ServiceInfoRequest;
            })();

            v1.Fact = (function() {

                /**
                 * Properties of a Fact.
                 * @memberof keel.kit.v1
                 * @interface IFact
                 * @property {string|null} [key] Fact key
                 * @property {string|null} [value] Fact value
                 */

                /**
                 * Constructs a new Fact.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a Fact.
                 * @implements IFact
                 * @constructor
                 * @param {keel.kit.v1.IFact=} [p] Properties to set
                 */
                function Fact(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Fact key.
                 * @member {string} key
                 * @memberof keel.kit.v1.Fact
                 * @instance
                 */
                Fact.prototype.key = "";

                /**
                 * Fact value.
                 * @member {string} value
                 * @memberof keel.kit.v1.Fact
                 * @instance
                 */
                Fact.prototype.value = "";

                /**
                 * Creates a new Fact instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {keel.kit.v1.IFact=} [properties] Properties to set
                 * @returns {keel.kit.v1.Fact} Fact instance
                 */
                Fact.create = function create(properties) {
                    return new Fact(properties);
                };

                /**
                 * Encodes the specified Fact message. Does not implicitly {@link keel.kit.v1.Fact.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {keel.kit.v1.IFact} m Fact message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Fact.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.key != null && Object.hasOwnProperty.call(m, "key"))
                        w.uint32(10).string(m.key);
                    if (m.value != null && Object.hasOwnProperty.call(m, "value"))
                        w.uint32(18).string(m.value);
                    return w;
                };

                /**
                 * Decodes a Fact message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.Fact} Fact
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Fact.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.Fact();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.key = r.string();
                                break;
                            }
                        case 2: {
                                m.value = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a Fact message.
                 * @function verify
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Fact.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.key != null && Object.hasOwnProperty.call(m, "key")) {
                        if (!$util.isString(m.key))
                            return "key: string expected";
                    }
                    if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                        if (!$util.isString(m.value))
                            return "value: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Fact message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.Fact} Fact
                 */
                Fact.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.Fact)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.Fact: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.Fact();
                    if (d.key != null) {
                        m.key = String(d.key);
                    }
                    if (d.value != null) {
                        m.value = String(d.value);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Fact message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {keel.kit.v1.Fact} m Fact
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Fact.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.key = "";
                        d.value = "";
                    }
                    if (m.key != null && Object.hasOwnProperty.call(m, "key")) {
                        d.key = m.key;
                    }
                    if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                        d.value = m.value;
                    }
                    return d;
                };

                /**
                 * Converts this Fact to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.Fact
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Fact.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Fact
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.Fact
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Fact.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.Fact";
                };

                return Fact;
            })();

            v1.DriverInfo = (function() {

                /**
                 * Properties of a DriverInfo.
                 * @memberof keel.kit.v1
                 * @interface IDriverInfo
                 * @property {string|null} [kind] DriverInfo kind
                 * @property {string|null} [id] DriverInfo id
                 * @property {boolean|null} [isDefault] DriverInfo isDefault
                 * @property {string|null} [skipped] DriverInfo skipped
                 */

                /**
                 * Constructs a new DriverInfo.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a DriverInfo.
                 * @implements IDriverInfo
                 * @constructor
                 * @param {keel.kit.v1.IDriverInfo=} [p] Properties to set
                 */
                function DriverInfo(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * DriverInfo kind.
                 * @member {string} kind
                 * @memberof keel.kit.v1.DriverInfo
                 * @instance
                 */
                DriverInfo.prototype.kind = "";

                /**
                 * DriverInfo id.
                 * @member {string} id
                 * @memberof keel.kit.v1.DriverInfo
                 * @instance
                 */
                DriverInfo.prototype.id = "";

                /**
                 * DriverInfo isDefault.
                 * @member {boolean} isDefault
                 * @memberof keel.kit.v1.DriverInfo
                 * @instance
                 */
                DriverInfo.prototype.isDefault = false;

                /**
                 * DriverInfo skipped.
                 * @member {string} skipped
                 * @memberof keel.kit.v1.DriverInfo
                 * @instance
                 */
                DriverInfo.prototype.skipped = "";

                /**
                 * Creates a new DriverInfo instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {keel.kit.v1.IDriverInfo=} [properties] Properties to set
                 * @returns {keel.kit.v1.DriverInfo} DriverInfo instance
                 */
                DriverInfo.create = function create(properties) {
                    return new DriverInfo(properties);
                };

                /**
                 * Encodes the specified DriverInfo message. Does not implicitly {@link keel.kit.v1.DriverInfo.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {keel.kit.v1.IDriverInfo} m DriverInfo message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DriverInfo.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.kind != null && Object.hasOwnProperty.call(m, "kind"))
                        w.uint32(10).string(m.kind);
                    if (m.id != null && Object.hasOwnProperty.call(m, "id"))
                        w.uint32(18).string(m.id);
                    if (m.isDefault != null && Object.hasOwnProperty.call(m, "isDefault"))
                        w.uint32(24).bool(m.isDefault);
                    if (m.skipped != null && Object.hasOwnProperty.call(m, "skipped"))
                        w.uint32(34).string(m.skipped);
                    return w;
                };

                /**
                 * Decodes a DriverInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.DriverInfo} DriverInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DriverInfo.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.DriverInfo();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.kind = r.string();
                                break;
                            }
                        case 2: {
                                m.id = r.string();
                                break;
                            }
                        case 3: {
                                m.isDefault = r.bool();
                                break;
                            }
                        case 4: {
                                m.skipped = r.string();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a DriverInfo message.
                 * @function verify
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DriverInfo.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                        if (!$util.isString(m.kind))
                            return "kind: string expected";
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        if (!$util.isString(m.id))
                            return "id: string expected";
                    }
                    if (m.isDefault != null && Object.hasOwnProperty.call(m, "isDefault")) {
                        if (typeof m.isDefault !== "boolean")
                            return "isDefault: boolean expected";
                    }
                    if (m.skipped != null && Object.hasOwnProperty.call(m, "skipped")) {
                        if (!$util.isString(m.skipped))
                            return "skipped: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a DriverInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.DriverInfo} DriverInfo
                 */
                DriverInfo.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.DriverInfo)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.DriverInfo: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.DriverInfo();
                    if (d.kind != null) {
                        m.kind = String(d.kind);
                    }
                    if (d.id != null) {
                        m.id = String(d.id);
                    }
                    if (d.isDefault != null) {
                        m.isDefault = Boolean(d.isDefault);
                    }
                    if (d.skipped != null) {
                        m.skipped = String(d.skipped);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DriverInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {keel.kit.v1.DriverInfo} m DriverInfo
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DriverInfo.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.kind = "";
                        d.id = "";
                        d.isDefault = false;
                        d.skipped = "";
                    }
                    if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.isDefault != null && Object.hasOwnProperty.call(m, "isDefault")) {
                        d.isDefault = m.isDefault;
                    }
                    if (m.skipped != null && Object.hasOwnProperty.call(m, "skipped")) {
                        d.skipped = m.skipped;
                    }
                    return d;
                };

                /**
                 * Converts this DriverInfo to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.DriverInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DriverInfo.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for DriverInfo
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.DriverInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DriverInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.DriverInfo";
                };

                return DriverInfo;
            })();

            v1.ServiceInfoResponse = (function() {

                /**
                 * Properties of a ServiceInfoResponse.
                 * @memberof keel.kit.v1
                 * @interface IServiceInfoResponse
                 * @property {string|null} [service] ServiceInfoResponse service
                 * @property {string|null} [version] ServiceInfoResponse version
                 * @property {number|null} [pid] ServiceInfoResponse pid
                 * @property {number|null} [startedMs] ServiceInfoResponse startedMs
                 * @property {Array.<keel.kit.v1.IDriverInfo>|null} [drivers] ServiceInfoResponse drivers
                 * @property {Array.<keel.kit.v1.IFact>|null} [facts] ServiceInfoResponse facts
                 */

                /**
                 * Constructs a new ServiceInfoResponse.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a ServiceInfoResponse.
                 * @implements IServiceInfoResponse
                 * @constructor
                 * @param {keel.kit.v1.IServiceInfoResponse=} [p] Properties to set
                 */
                function ServiceInfoResponse(p) {
                    this.drivers = [];
                    this.facts = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * ServiceInfoResponse service.
                 * @member {string} service
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.service = "";

                /**
                 * ServiceInfoResponse version.
                 * @member {string} version
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.version = "";

                /**
                 * ServiceInfoResponse pid.
                 * @member {number} pid
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.pid = 0;

                /**
                 * ServiceInfoResponse startedMs.
                 * @member {number} startedMs
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ServiceInfoResponse drivers.
                 * @member {Array.<keel.kit.v1.IDriverInfo>} drivers
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.drivers = $util.emptyArray;

                /**
                 * ServiceInfoResponse facts.
                 * @member {Array.<keel.kit.v1.IFact>} facts
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 */
                ServiceInfoResponse.prototype.facts = $util.emptyArray;

                /**
                 * Creates a new ServiceInfoResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {keel.kit.v1.IServiceInfoResponse=} [properties] Properties to set
                 * @returns {keel.kit.v1.ServiceInfoResponse} ServiceInfoResponse instance
                 */
                ServiceInfoResponse.create = function create(properties) {
                    return new ServiceInfoResponse(properties);
                };

                /**
                 * Encodes the specified ServiceInfoResponse message. Does not implicitly {@link keel.kit.v1.ServiceInfoResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {keel.kit.v1.IServiceInfoResponse} m ServiceInfoResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceInfoResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                        w.uint32(18).string(m.version);
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid"))
                        w.uint32(24).int32(m.pid);
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs"))
                        w.uint32(32).int64(m.startedMs);
                    if (m.drivers != null && m.drivers.length) {
                        for (var i = 0; i < m.drivers.length; ++i)
                            $root.keel.kit.v1.DriverInfo.encode(m.drivers[i], w.uint32(42).fork(), q + 1).ldelim();
                    }
                    if (m.facts != null && m.facts.length) {
                        for (var i = 0; i < m.facts.length; ++i)
                            $root.keel.kit.v1.Fact.encode(m.facts[i], w.uint32(50).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a ServiceInfoResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.ServiceInfoResponse} ServiceInfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceInfoResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.ServiceInfoResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                m.version = r.string();
                                break;
                            }
                        case 3: {
                                m.pid = r.int32();
                                break;
                            }
                        case 4: {
                                m.startedMs = r.int64();
                                break;
                            }
                        case 5: {
                                if (!(m.drivers && m.drivers.length))
                                    m.drivers = [];
                                m.drivers.push($root.keel.kit.v1.DriverInfo.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        case 6: {
                                if (!(m.facts && m.facts.length))
                                    m.facts = [];
                                m.facts.push($root.keel.kit.v1.Fact.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a ServiceInfoResponse message.
                 * @function verify
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ServiceInfoResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        if (!$util.isInteger(m.pid))
                            return "pid: integer expected";
                    }
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs")) {
                        if (!$util.isInteger(m.startedMs) && !(m.startedMs && $util.isInteger(m.startedMs.low) && $util.isInteger(m.startedMs.high)))
                            return "startedMs: integer|Long expected";
                    }
                    if (m.drivers != null && Object.hasOwnProperty.call(m, "drivers")) {
                        if (!Array.isArray(m.drivers))
                            return "drivers: array expected";
                        for (var i = 0; i < m.drivers.length; ++i) {
                            {
                                var e = $root.keel.kit.v1.DriverInfo.verify(m.drivers[i], n + 1);
                                if (e)
                                    return "drivers." + e;
                            }
                        }
                    }
                    if (m.facts != null && Object.hasOwnProperty.call(m, "facts")) {
                        if (!Array.isArray(m.facts))
                            return "facts: array expected";
                        for (var i = 0; i < m.facts.length; ++i) {
                            {
                                var e = $root.keel.kit.v1.Fact.verify(m.facts[i], n + 1);
                                if (e)
                                    return "facts." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ServiceInfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.ServiceInfoResponse} ServiceInfoResponse
                 */
                ServiceInfoResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.ServiceInfoResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.ServiceInfoResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.ServiceInfoResponse();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.version != null) {
                        m.version = String(d.version);
                    }
                    if (d.pid != null) {
                        m.pid = d.pid | 0;
                    }
                    if (d.startedMs != null) {
                        if ($util.Long)
                            m.startedMs = $util.Long.fromValue(d.startedMs, false);
                        else if (typeof d.startedMs === "string")
                            m.startedMs = parseInt(d.startedMs, 10);
                        else if (typeof d.startedMs === "number")
                            m.startedMs = d.startedMs;
                        else if (typeof d.startedMs === "object")
                            m.startedMs = new $util.LongBits(d.startedMs.low >>> 0, d.startedMs.high >>> 0).toNumber();
                    }
                    if (d.drivers) {
                        if (!Array.isArray(d.drivers))
                            throw TypeError(".keel.kit.v1.ServiceInfoResponse.drivers: array expected");
                        m.drivers = [];
                        for (var i = 0; i < d.drivers.length; ++i) {
                            if (!$util.isObject(d.drivers[i]))
                                throw TypeError(".keel.kit.v1.ServiceInfoResponse.drivers: object expected");
                            m.drivers[i] = $root.keel.kit.v1.DriverInfo.fromObject(d.drivers[i], n + 1);
                        }
                    }
                    if (d.facts) {
                        if (!Array.isArray(d.facts))
                            throw TypeError(".keel.kit.v1.ServiceInfoResponse.facts: array expected");
                        m.facts = [];
                        for (var i = 0; i < d.facts.length; ++i) {
                            if (!$util.isObject(d.facts[i]))
                                throw TypeError(".keel.kit.v1.ServiceInfoResponse.facts: object expected");
                            m.facts[i] = $root.keel.kit.v1.Fact.fromObject(d.facts[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ServiceInfoResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {keel.kit.v1.ServiceInfoResponse} m ServiceInfoResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceInfoResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.drivers = [];
                        d.facts = [];
                    }
                    if (o.defaults) {
                        d.service = "";
                        d.version = "";
                        d.pid = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.startedMs = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.startedMs = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.pid != null && Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.startedMs != null && Object.hasOwnProperty.call(m, "startedMs")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.startedMs = typeof m.startedMs === "number" ? BigInt(m.startedMs) : $util.Long.fromBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0, false).toBigInt();
                        else if (typeof m.startedMs === "number")
                            d.startedMs = o.longs === String ? String(m.startedMs) : m.startedMs;
                        else
                            d.startedMs = o.longs === String ? $util.Long.prototype.toString.call(m.startedMs) : o.longs === Number ? new $util.LongBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0).toNumber() : m.startedMs;
                    }
                    if (m.drivers && m.drivers.length) {
                        d.drivers = [];
                        for (var j = 0; j < m.drivers.length; ++j) {
                            d.drivers[j] = $root.keel.kit.v1.DriverInfo.toObject(m.drivers[j], o, q + 1);
                        }
                    }
                    if (m.facts && m.facts.length) {
                        d.facts = [];
                        for (var j = 0; j < m.facts.length; ++j) {
                            d.facts[j] = $root.keel.kit.v1.Fact.toObject(m.facts[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ServiceInfoResponse to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceInfoResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ServiceInfoResponse
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.ServiceInfoResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ServiceInfoResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.ServiceInfoResponse";
                };

                return ServiceInfoResponse;
            })();

            v1.MetricsRequest = (function() {

                /**
                 * Properties of a MetricsRequest.
                 * @memberof keel.kit.v1
                 * @interface IMetricsRequest
                 */

                /**
                 * Constructs a new MetricsRequest.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a MetricsRequest.
                 * @implements IMetricsRequest
                 * @constructor
                 * @param {keel.kit.v1.IMetricsRequest=} [p] Properties to set
                 */
                function MetricsRequest(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * Creates a new MetricsRequest instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {keel.kit.v1.IMetricsRequest=} [properties] Properties to set
                 * @returns {keel.kit.v1.MetricsRequest} MetricsRequest instance
                 */
                MetricsRequest.create = function create(properties) {
                    return new MetricsRequest(properties);
                };

                /**
                 * Encodes the specified MetricsRequest message. Does not implicitly {@link keel.kit.v1.MetricsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {keel.kit.v1.IMetricsRequest} m MetricsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricsRequest.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return w;
                };

                /**
                 * Decodes a MetricsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.MetricsRequest} MetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricsRequest.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.MetricsRequest();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a MetricsRequest message.
                 * @function verify
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MetricsRequest.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    return null;
                };

                /**
                 * Creates a MetricsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.MetricsRequest} MetricsRequest
                 */
                MetricsRequest.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.MetricsRequest)
                        return d;
                    return new $root.keel.kit.v1.MetricsRequest();
                };

                /**
                 * Creates a plain object from a MetricsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {keel.kit.v1.MetricsRequest} m MetricsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MetricsRequest.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this MetricsRequest to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.MetricsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MetricsRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MetricsRequest
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.MetricsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MetricsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.MetricsRequest";
                };

                return MetricsRequest;
            })();

            v1.JobMetrics = (function() {

                /**
                 * Properties of a JobMetrics.
                 * @memberof keel.kit.v1
                 * @interface IJobMetrics
                 * @property {string|null} [job] JobMetrics job
                 * @property {number|null} [count] JobMetrics count
                 * @property {number|null} [errors] JobMetrics errors
                 * @property {number|null} [p50Ms] JobMetrics p50Ms
                 * @property {number|null} [p99Ms] JobMetrics p99Ms
                 * @property {number|null} [maxMs] JobMetrics maxMs
                 * @property {number|null} [inFlight] JobMetrics inFlight
                 */

                /**
                 * Constructs a new JobMetrics.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a JobMetrics.
                 * @implements IJobMetrics
                 * @constructor
                 * @param {keel.kit.v1.IJobMetrics=} [p] Properties to set
                 */
                function JobMetrics(p) {
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * JobMetrics job.
                 * @member {string} job
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.job = "";

                /**
                 * JobMetrics count.
                 * @member {number} count
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.count = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * JobMetrics errors.
                 * @member {number} errors
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.errors = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * JobMetrics p50Ms.
                 * @member {number} p50Ms
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.p50Ms = 0;

                /**
                 * JobMetrics p99Ms.
                 * @member {number} p99Ms
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.p99Ms = 0;

                /**
                 * JobMetrics maxMs.
                 * @member {number} maxMs
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.maxMs = 0;

                /**
                 * JobMetrics inFlight.
                 * @member {number} inFlight
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 */
                JobMetrics.prototype.inFlight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new JobMetrics instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {keel.kit.v1.IJobMetrics=} [properties] Properties to set
                 * @returns {keel.kit.v1.JobMetrics} JobMetrics instance
                 */
                JobMetrics.create = function create(properties) {
                    return new JobMetrics(properties);
                };

                /**
                 * Encodes the specified JobMetrics message. Does not implicitly {@link keel.kit.v1.JobMetrics.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {keel.kit.v1.IJobMetrics} m JobMetrics message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JobMetrics.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.job != null && Object.hasOwnProperty.call(m, "job"))
                        w.uint32(10).string(m.job);
                    if (m.count != null && Object.hasOwnProperty.call(m, "count"))
                        w.uint32(16).int64(m.count);
                    if (m.errors != null && Object.hasOwnProperty.call(m, "errors"))
                        w.uint32(24).int64(m.errors);
                    if (m.p50Ms != null && Object.hasOwnProperty.call(m, "p50Ms"))
                        w.uint32(33).double(m.p50Ms);
                    if (m.p99Ms != null && Object.hasOwnProperty.call(m, "p99Ms"))
                        w.uint32(41).double(m.p99Ms);
                    if (m.maxMs != null && Object.hasOwnProperty.call(m, "maxMs"))
                        w.uint32(49).double(m.maxMs);
                    if (m.inFlight != null && Object.hasOwnProperty.call(m, "inFlight"))
                        w.uint32(56).int64(m.inFlight);
                    return w;
                };

                /**
                 * Decodes a JobMetrics message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.JobMetrics} JobMetrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JobMetrics.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.JobMetrics();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.job = r.string();
                                break;
                            }
                        case 2: {
                                m.count = r.int64();
                                break;
                            }
                        case 3: {
                                m.errors = r.int64();
                                break;
                            }
                        case 4: {
                                m.p50Ms = r.double();
                                break;
                            }
                        case 5: {
                                m.p99Ms = r.double();
                                break;
                            }
                        case 6: {
                                m.maxMs = r.double();
                                break;
                            }
                        case 7: {
                                m.inFlight = r.int64();
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a JobMetrics message.
                 * @function verify
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                JobMetrics.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.job != null && Object.hasOwnProperty.call(m, "job")) {
                        if (!$util.isString(m.job))
                            return "job: string expected";
                    }
                    if (m.count != null && Object.hasOwnProperty.call(m, "count")) {
                        if (!$util.isInteger(m.count) && !(m.count && $util.isInteger(m.count.low) && $util.isInteger(m.count.high)))
                            return "count: integer|Long expected";
                    }
                    if (m.errors != null && Object.hasOwnProperty.call(m, "errors")) {
                        if (!$util.isInteger(m.errors) && !(m.errors && $util.isInteger(m.errors.low) && $util.isInteger(m.errors.high)))
                            return "errors: integer|Long expected";
                    }
                    if (m.p50Ms != null && Object.hasOwnProperty.call(m, "p50Ms")) {
                        if (typeof m.p50Ms !== "number")
                            return "p50Ms: number expected";
                    }
                    if (m.p99Ms != null && Object.hasOwnProperty.call(m, "p99Ms")) {
                        if (typeof m.p99Ms !== "number")
                            return "p99Ms: number expected";
                    }
                    if (m.maxMs != null && Object.hasOwnProperty.call(m, "maxMs")) {
                        if (typeof m.maxMs !== "number")
                            return "maxMs: number expected";
                    }
                    if (m.inFlight != null && Object.hasOwnProperty.call(m, "inFlight")) {
                        if (!$util.isInteger(m.inFlight) && !(m.inFlight && $util.isInteger(m.inFlight.low) && $util.isInteger(m.inFlight.high)))
                            return "inFlight: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a JobMetrics message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.JobMetrics} JobMetrics
                 */
                JobMetrics.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.JobMetrics)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.JobMetrics: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.JobMetrics();
                    if (d.job != null) {
                        m.job = String(d.job);
                    }
                    if (d.count != null) {
                        if ($util.Long)
                            m.count = $util.Long.fromValue(d.count, false);
                        else if (typeof d.count === "string")
                            m.count = parseInt(d.count, 10);
                        else if (typeof d.count === "number")
                            m.count = d.count;
                        else if (typeof d.count === "object")
                            m.count = new $util.LongBits(d.count.low >>> 0, d.count.high >>> 0).toNumber();
                    }
                    if (d.errors != null) {
                        if ($util.Long)
                            m.errors = $util.Long.fromValue(d.errors, false);
                        else if (typeof d.errors === "string")
                            m.errors = parseInt(d.errors, 10);
                        else if (typeof d.errors === "number")
                            m.errors = d.errors;
                        else if (typeof d.errors === "object")
                            m.errors = new $util.LongBits(d.errors.low >>> 0, d.errors.high >>> 0).toNumber();
                    }
                    if (d.p50Ms != null) {
                        m.p50Ms = Number(d.p50Ms);
                    }
                    if (d.p99Ms != null) {
                        m.p99Ms = Number(d.p99Ms);
                    }
                    if (d.maxMs != null) {
                        m.maxMs = Number(d.maxMs);
                    }
                    if (d.inFlight != null) {
                        if ($util.Long)
                            m.inFlight = $util.Long.fromValue(d.inFlight, false);
                        else if (typeof d.inFlight === "string")
                            m.inFlight = parseInt(d.inFlight, 10);
                        else if (typeof d.inFlight === "number")
                            m.inFlight = d.inFlight;
                        else if (typeof d.inFlight === "object")
                            m.inFlight = new $util.LongBits(d.inFlight.low >>> 0, d.inFlight.high >>> 0).toNumber();
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a JobMetrics message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {keel.kit.v1.JobMetrics} m JobMetrics
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JobMetrics.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.job = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.count = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.count = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.errors = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.errors = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                        d.p50Ms = 0;
                        d.p99Ms = 0;
                        d.maxMs = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.inFlight = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                        } else
                            d.inFlight = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (m.job != null && Object.hasOwnProperty.call(m, "job")) {
                        d.job = m.job;
                    }
                    if (m.count != null && Object.hasOwnProperty.call(m, "count")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.count = typeof m.count === "number" ? BigInt(m.count) : $util.Long.fromBits(m.count.low >>> 0, m.count.high >>> 0, false).toBigInt();
                        else if (typeof m.count === "number")
                            d.count = o.longs === String ? String(m.count) : m.count;
                        else
                            d.count = o.longs === String ? $util.Long.prototype.toString.call(m.count) : o.longs === Number ? new $util.LongBits(m.count.low >>> 0, m.count.high >>> 0).toNumber() : m.count;
                    }
                    if (m.errors != null && Object.hasOwnProperty.call(m, "errors")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.errors = typeof m.errors === "number" ? BigInt(m.errors) : $util.Long.fromBits(m.errors.low >>> 0, m.errors.high >>> 0, false).toBigInt();
                        else if (typeof m.errors === "number")
                            d.errors = o.longs === String ? String(m.errors) : m.errors;
                        else
                            d.errors = o.longs === String ? $util.Long.prototype.toString.call(m.errors) : o.longs === Number ? new $util.LongBits(m.errors.low >>> 0, m.errors.high >>> 0).toNumber() : m.errors;
                    }
                    if (m.p50Ms != null && Object.hasOwnProperty.call(m, "p50Ms")) {
                        d.p50Ms = o.json && !isFinite(m.p50Ms) ? String(m.p50Ms) : m.p50Ms;
                    }
                    if (m.p99Ms != null && Object.hasOwnProperty.call(m, "p99Ms")) {
                        d.p99Ms = o.json && !isFinite(m.p99Ms) ? String(m.p99Ms) : m.p99Ms;
                    }
                    if (m.maxMs != null && Object.hasOwnProperty.call(m, "maxMs")) {
                        d.maxMs = o.json && !isFinite(m.maxMs) ? String(m.maxMs) : m.maxMs;
                    }
                    if (m.inFlight != null && Object.hasOwnProperty.call(m, "inFlight")) {
                        if (typeof BigInt !== "undefined" && o.longs === BigInt)
                            d.inFlight = typeof m.inFlight === "number" ? BigInt(m.inFlight) : $util.Long.fromBits(m.inFlight.low >>> 0, m.inFlight.high >>> 0, false).toBigInt();
                        else if (typeof m.inFlight === "number")
                            d.inFlight = o.longs === String ? String(m.inFlight) : m.inFlight;
                        else
                            d.inFlight = o.longs === String ? $util.Long.prototype.toString.call(m.inFlight) : o.longs === Number ? new $util.LongBits(m.inFlight.low >>> 0, m.inFlight.high >>> 0).toNumber() : m.inFlight;
                    }
                    return d;
                };

                /**
                 * Converts this JobMetrics to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.JobMetrics
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JobMetrics.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for JobMetrics
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.JobMetrics
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                JobMetrics.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.JobMetrics";
                };

                return JobMetrics;
            })();

            v1.MetricsResponse = (function() {

                /**
                 * Properties of a MetricsResponse.
                 * @memberof keel.kit.v1
                 * @interface IMetricsResponse
                 * @property {string|null} [service] MetricsResponse service
                 * @property {Array.<keel.kit.v1.IJobMetrics>|null} [jobs] MetricsResponse jobs
                 */

                /**
                 * Constructs a new MetricsResponse.
                 * @memberof keel.kit.v1
                 * @classdesc Represents a MetricsResponse.
                 * @implements IMetricsResponse
                 * @constructor
                 * @param {keel.kit.v1.IMetricsResponse=} [p] Properties to set
                 */
                function MetricsResponse(p) {
                    this.jobs = [];
                    if (p)
                        for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                }

                /**
                 * MetricsResponse service.
                 * @member {string} service
                 * @memberof keel.kit.v1.MetricsResponse
                 * @instance
                 */
                MetricsResponse.prototype.service = "";

                /**
                 * MetricsResponse jobs.
                 * @member {Array.<keel.kit.v1.IJobMetrics>} jobs
                 * @memberof keel.kit.v1.MetricsResponse
                 * @instance
                 */
                MetricsResponse.prototype.jobs = $util.emptyArray;

                /**
                 * Creates a new MetricsResponse instance using the specified properties.
                 * @function create
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {keel.kit.v1.IMetricsResponse=} [properties] Properties to set
                 * @returns {keel.kit.v1.MetricsResponse} MetricsResponse instance
                 */
                MetricsResponse.create = function create(properties) {
                    return new MetricsResponse(properties);
                };

                /**
                 * Encodes the specified MetricsResponse message. Does not implicitly {@link keel.kit.v1.MetricsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {keel.kit.v1.IMetricsResponse} m MetricsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricsResponse.encode = function encode(m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (m.service != null && Object.hasOwnProperty.call(m, "service"))
                        w.uint32(10).string(m.service);
                    if (m.jobs != null && m.jobs.length) {
                        for (var i = 0; i < m.jobs.length; ++i)
                            $root.keel.kit.v1.JobMetrics.encode(m.jobs[i], w.uint32(18).fork(), q + 1).ldelim();
                    }
                    return w;
                };

                /**
                 * Decodes a MetricsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {keel.kit.v1.MetricsResponse} MetricsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricsResponse.decode = function decode(r, l, e, n) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (n === undefined)
                        n = 0;
                    if (n > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var c, m;
                    if (l === undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = new $root.keel.kit.v1.MetricsResponse();
                    while (r.pos < c) {
                        var t = r.uint32();
                        if (t === e)
                            break;
                        switch (t >>> 3) {
                        case 1: {
                                m.service = r.string();
                                break;
                            }
                        case 2: {
                                if (!(m.jobs && m.jobs.length))
                                    m.jobs = [];
                                m.jobs.push($root.keel.kit.v1.JobMetrics.decode(r, r.uint32(), undefined, n + 1));
                                break;
                            }
                        default:
                            r.skipType(t & 7, n);
                            break;
                        }
                    }
                    if (l !== undefined) {
                        if (r.pos !== c)
                            throw RangeError("index out of range");
                        r.len = l;
                    }
                    return m;
                };

                /**
                 * Verifies a MetricsResponse message.
                 * @function verify
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MetricsResponse.verify = function verify(m, n) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        return "maximum nesting depth exceeded";
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.jobs != null && Object.hasOwnProperty.call(m, "jobs")) {
                        if (!Array.isArray(m.jobs))
                            return "jobs: array expected";
                        for (var i = 0; i < m.jobs.length; ++i) {
                            {
                                var e = $root.keel.kit.v1.JobMetrics.verify(m.jobs[i], n + 1);
                                if (e)
                                    return "jobs." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a MetricsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {keel.kit.v1.MetricsResponse} MetricsResponse
                 */
                MetricsResponse.fromObject = function fromObject(d, n) {
                    if (d instanceof $root.keel.kit.v1.MetricsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw TypeError(".keel.kit.v1.MetricsResponse: object expected");
                    if (n === undefined)
                        n = 0;
                    if (n > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    var m = new $root.keel.kit.v1.MetricsResponse();
                    if (d.service != null) {
                        m.service = String(d.service);
                    }
                    if (d.jobs) {
                        if (!Array.isArray(d.jobs))
                            throw TypeError(".keel.kit.v1.MetricsResponse.jobs: array expected");
                        m.jobs = [];
                        for (var i = 0; i < d.jobs.length; ++i) {
                            if (!$util.isObject(d.jobs[i]))
                                throw TypeError(".keel.kit.v1.MetricsResponse.jobs: object expected");
                            m.jobs[i] = $root.keel.kit.v1.JobMetrics.fromObject(d.jobs[i], n + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MetricsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {keel.kit.v1.MetricsResponse} m MetricsResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MetricsResponse.toObject = function toObject(m, o, q) {
                    if (!o)
                        o = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.jobs = [];
                    }
                    if (o.defaults) {
                        d.service = "";
                    }
                    if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.jobs && m.jobs.length) {
                        d.jobs = [];
                        for (var j = 0; j < m.jobs.length; ++j) {
                            d.jobs[j] = $root.keel.kit.v1.JobMetrics.toObject(m.jobs[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this MetricsResponse to JSON.
                 * @function toJSON
                 * @memberof keel.kit.v1.MetricsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MetricsResponse.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MetricsResponse
                 * @function getTypeUrl
                 * @memberof keel.kit.v1.MetricsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MetricsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/keel.kit.v1.MetricsResponse";
                };

                return MetricsResponse;
            })();

            return v1;
        })();

        return kit;
    })();

    return keel;
})();

module.exports = $root;
