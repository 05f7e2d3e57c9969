import { serviceMain } from '../../kit/src';
import service from './service';

void serviceMain(service, () => ({}));
