import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ViewerModel } from '../models/identity.models';

export enum SignInNextStep {
  SET_UP_AUTHENTICATOR = 'SET_UP_AUTHENTICATOR',
  ENTER_CODE = 'ENTER_CODE',
}

registerEnumType(SignInNextStep, {
  name: 'SignInNextStep',
  description: 'What a right password leads to: every account needs a second factor',
});

@ObjectType('SignInResult', { description: 'The password was right; the session waits for the second factor' })
export class SignInResultModel {
  @Field(() => SignInNextStep) next!: SignInNextStep;
}

@ObjectType('MfaEnrolment', { description: 'An authenticator secret being set up in this session' })
export class MfaEnrolmentModel {
  @Field({ description: 'otpauth:// key URI, as in the QR code' }) otpauthUri!: string;
  @Field({ description: 'The QR code as an SVG data URL, for an <img>' }) qrCodeDataUrl!: string;
  @Field({ description: 'The secret in base32, in groups of four, to type in by hand' }) setupKey!: string;
}

@ObjectType('MfaEnrolmentConfirmation')
export class MfaEnrolmentConfirmationModel {
  @Field(() => [String], { description: 'Single-use recovery codes: shown this once, stored only as hashes' })
  recoveryCodes!: string[];
  @Field(() => ViewerModel) viewer!: ViewerModel;
}
