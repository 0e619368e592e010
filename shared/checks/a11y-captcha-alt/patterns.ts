/** Image URLs of CAPTCHA generators (common names in Chinese government CMSs and Java/PHP libraries). */
export const CAPTCHA_IMAGE_URL = new RegExp(
  String.raw`captcha|checkcode|check_code|verifycode|verify_code|validatecode|validcode|validate_code` +
    String.raw`|yzm|kaptcha|vcode|authcode|imgcode|randcode|securimage|getcode|codeimg|code\.jsp` +
    String.raw`|image\.jsp`,
  'i',
);
/** Alt/title text of a CAPTCHA image. */
export const CAPTCHA_IMAGE_TEXT = /验证码|校验码|captcha/i;
/** Slider and puzzle CAPTCHAs (拼图/滑块) and the widgets that draw them. */
export const PUZZLE_CAPTCHA = new RegExp(
  String.raw`拖动滑块|向右滑动|滑动验证|拼图验证|请按住滑块|slide to verify|geetest|tcaptcha` +
    String.raw`|nc_wrapper|nc-container|aliyunCaptcha`,
  'i',
);
/** An alternative perceivable by another sense: an audio (语音) CAPTCHA. */
export const AUDIO_ALTERNATIVE =
  /语音验证码|语音验证|语音播放验证码|听验证码|播放验证码|audio\s*captcha|captcha[\w-]*audio|<audio[\s>]/i;
/** Verification by SMS: not the same CAPTCHA in another form, so a person decides whether it suffices. */
export const SMS_ALTERNATIVE = /短信验证码|手机验证码|获取短信|发送验证码/;
